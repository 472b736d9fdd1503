/* net_addr.c — join URLs from the machine's interfaces (getifaddrs); see net_addr.h. */
#define _DEFAULT_SOURCE
#include "net_addr.h"
#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>

static size_t add(char urls[][NET_URL_MAX], size_t n, size_t max, const char *addr, int port,
                  const char *room)
{
    if (n >= max) return n;
    for (size_t i = 0; i < n; i++)
        if (strstr(urls[i], addr) == urls[i] + 7) return n; /* same address twice */
    snprintf(urls[n], NET_URL_MAX, "http://%s:%d/?room=%s", addr, port, room);
    return n + 1;
}

size_t net_join_urls(const char *bind, int port, const char *room, char urls[][NET_URL_MAX], size_t max)
{
    size_t n = 0;
    if (bind && *bind && strcmp(bind, "0.0.0.0") != 0) return add(urls, 0, max, bind, port, room);
    struct ifaddrs *ifs = NULL;
    if (getifaddrs(&ifs) == 0) {
        for (struct ifaddrs *i = ifs; i; i = i->ifa_next) {
            if (!i->ifa_addr || i->ifa_addr->sa_family != AF_INET) continue;
            if (!(i->ifa_flags & IFF_UP) || (i->ifa_flags & IFF_LOOPBACK)) continue;
            char buf[INET_ADDRSTRLEN];
            const struct sockaddr_in *sin = (const struct sockaddr_in *)(const void *)i->ifa_addr;
            if (inet_ntop(AF_INET, &sin->sin_addr, buf, sizeof buf)) n = add(urls, n, max, buf, port, room);
        }
        freeifaddrs(ifs);
    }
    if (n == 0) n = add(urls, 0, max, "127.0.0.1", port, room);
    return n;
}
