/* net_addr.h — the addresses students type or scan to join: one URL per IPv4 address of this
 * machine that is up and not loopback (a laptop on Wi-Fi and Ethernet has two), or the bound
 * address alone when the server listens on one. */
#ifndef BYLINE_NET_ADDR_H
#define BYLINE_NET_ADDR_H
#include <stddef.h>

#define NET_URL_MAX 96

/* Writes up to max URLs "http://ADDR:PORT/?room=ROOM" into urls; returns how many. bind: the
 * address the server listens on ("0.0.0.0" or NULL for every interface). When every interface is
 * asked for but none but loopback is up, gives the loopback URL (so the teacher can still try). */
size_t net_join_urls(const char *bind, int port, const char *room, char urls[][NET_URL_MAX], size_t max);

#endif
