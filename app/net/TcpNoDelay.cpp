#include "TcpNoDelay.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <cstdlib>
#include <dirent.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace billing {

#if defined(Q_OS_UNIX)
namespace {
bool applyIfPeerPort(int fd, quint16 port)
{
    int type = 0;
    socklen_t typeLen = sizeof type;
    if (::getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &typeLen) != 0 || type != SOCK_STREAM)
        return false;
    sockaddr_storage peer{};
    socklen_t len = sizeof peer;
    if (::getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &len) != 0)
        return false;
    quint16 peerPort = 0;
    if (peer.ss_family == AF_INET)
        peerPort = ntohs(reinterpret_cast<const sockaddr_in &>(peer).sin_port);
    else if (peer.ss_family == AF_INET6)
        peerPort = ntohs(reinterpret_cast<const sockaddr_in6 &>(peer).sin6_port);
    if (peerPort != port)
        return false;
    const int one = 1;
    return ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one) == 0;
}
} // namespace
#endif

int setTcpNoDelayTowards(const QUrl &endpoint)
{
#if defined(Q_OS_UNIX)
    const int port = endpoint.port(endpoint.scheme() == QLatin1String("https") ? 443 : 80);
    int changed = 0;
    if (DIR *dir = ::opendir("/proc/self/fd")) { // Linux: only the descriptors that exist
        const int own = ::dirfd(dir);
        while (const dirent *entry = ::readdir(dir)) {
            if (entry->d_name[0] < '0' || entry->d_name[0] > '9')
                continue;
            const int fd = std::atoi(entry->d_name);
            if (fd != own && applyIfPeerPort(fd, quint16(port)))
                ++changed;
        }
        ::closedir(dir);
        return changed;
    }
    const long maxFd = qMin(::sysconf(_SC_OPEN_MAX), 1024L); // other Unix: probe
    for (int fd = 0; fd < maxFd; ++fd) {
        if (applyIfPeerPort(fd, quint16(port)))
            ++changed;
    }
    return changed;
#else
    Q_UNUSED(endpoint);
    return 0;
#endif
}

} // namespace billing
