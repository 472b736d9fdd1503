/* live_sim.h — a simulated class for the live benchmarks: students who join a `byline live`
 * server over HTTP and talk to it over WebSockets of their own (one send per frame, TCP_NODELAY,
 * as browsers do), all read by one polling thread. Shared by bench_live and bench_ui_live. */
#ifndef BYLINE_LIVE_SIM_H
#define BYLINE_LIVE_SIM_H
#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>

#define SIM_MAX_STUDENTS 300

typedef struct SimStudent {
    int fd;                   /* the WebSocket's TCP socket (TCP_NODELAY, as browsers set it) */
    unsigned char buf[65536];
    size_t have;
    char token[40];
    pthread_mutex_t m;
    int states;               /* state messages received */
    double last_state_ms;     /* when the newest one came */
    bool has_question, has_result;
    char qid[80], format[16];
    int n_choices, n_events;
    double sent_ms, ack_ms;
} SimStudent;

extern SimStudent sim_students[SIM_MAX_STUDENTS];

double sim_now_ms(void);
/* Joins n students to the server at port with the room code, opens and greets their WebSockets
 * and starts reading them. False (with a message on stderr) when one cannot join. */
bool sim_join_all(int port, const char *room, int n);
/* Sends student s an answer to the question they are on (a valid one for its format). */
void sim_answer(SimStudent *s);
/* Waits until pred holds for the first n students (or 10 s): the time of the newest state then,
 * or -1 on time-out. */
double sim_wait_all(int n, bool (*pred)(SimStudent *), double since);
bool sim_has_state(SimStudent *s);
bool sim_has_question(SimStudent *s);
bool sim_has_ack(SimStudent *s);
bool sim_has_result(SimStudent *s);
/* Stops reading and closes every socket. */
void sim_stop(void);

#endif
