// Fault injector for the file system, loaded with LD_PRELOAD: a full disk or a read-only
// mount under one folder, without root and without a real small file system. It wraps the
// libc calls that Qt, SQLite and QSaveFile write through. Environment, read on every call:
//   BILLING_FAULT_FS_PATH     the folder (absolute) whose files are affected
//   BILLING_FAULT_FS_MODE     "full": writes fail with ENOSPC; "readonly": opening for
//                             writing, creating, renaming and removing fail with EROFS
//   BILLING_FAULT_FS_TRIGGER  a file: the fault is on only while it exists, so that a test
//                             can fill and free the disk of a running process
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

#include <string>

namespace {
enum class Mode { None, Full, ReadOnly };

Mode activeMode()
{
    const char *trigger = getenv("BILLING_FAULT_FS_TRIGGER");
    const char *mode = getenv("BILLING_FAULT_FS_MODE");
    struct stat info;
    if (!trigger || !mode || stat(trigger, &info) != 0)
        return Mode::None;
    if (strcmp(mode, "full") == 0)
        return Mode::Full;
    if (strcmp(mode, "readonly") == 0)
        return Mode::ReadOnly;
    return Mode::None;
}

bool isAffected(const std::string &path)
{
    const char *prefix = getenv("BILLING_FAULT_FS_PATH");
    if (!prefix || !*prefix)
        return false;
    std::string absolute = path;
    if (absolute.empty() || absolute[0] != '/') {
        char cwd[4096];
        if (!getcwd(cwd, sizeof cwd))
            return false;
        absolute = std::string(cwd) + "/" + path;
    }
    const size_t length = strlen(prefix);
    return absolute.compare(0, length, prefix) == 0
           && (absolute.size() == length || absolute[length] == '/' || prefix[length - 1] == '/');
}

bool fdIsAffected(int fd)
{
    char link[64];
    char target[4096];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t length = readlink(link, target, sizeof target - 1);
    if (length <= 0)
        return false;
    target[length] = '\0';
    return isAffected(target);
}

// The error a write to `fd` meets, or 0.
int writeError(int fd)
{
    const Mode mode = activeMode();
    if (mode == Mode::None || !fdIsAffected(fd))
        return 0;
    return mode == Mode::Full ? ENOSPC : EROFS;
}

int openError(const char *path, int flags)
{
    if (activeMode() != Mode::ReadOnly || !path || !isAffected(path))
        return 0;
    return (flags & (O_WRONLY | O_RDWR | O_CREAT | O_TRUNC)) ? EROFS : 0;
}

int pathError(const char *path)
{
    return activeMode() == Mode::ReadOnly && path && isAffected(path) ? EROFS : 0;
}

template <typename F> F next(const char *name)
{
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

#define FAIL_WITH(error)                                                                           \
    do {                                                                                           \
        if (const int e = (error)) {                                                               \
            errno = e;                                                                             \
            return -1;                                                                             \
        }                                                                                          \
    } while (false)

mode_t modeArgument(int flags, va_list args)
{
    return (flags & (O_CREAT | O_TMPFILE)) ? mode_t(va_arg(args, int)) : 0;
}
} // namespace

extern "C" {

int open(const char *path, int flags, ...)
{
    va_list args;
    va_start(args, flags);
    const mode_t mode = modeArgument(flags, args);
    va_end(args);
    FAIL_WITH(openError(path, flags));
    return next<int (*)(const char *, int, ...)>("open")(path, flags, mode);
}

int open64(const char *path, int flags, ...)
{
    va_list args;
    va_start(args, flags);
    const mode_t mode = modeArgument(flags, args);
    va_end(args);
    FAIL_WITH(openError(path, flags));
    return next<int (*)(const char *, int, ...)>("open64")(path, flags, mode);
}

int openat(int dirfd, const char *path, int flags, ...)
{
    va_list args;
    va_start(args, flags);
    const mode_t mode = modeArgument(flags, args);
    va_end(args);
    FAIL_WITH(openError(path, flags));
    return next<int (*)(int, const char *, int, ...)>("openat")(dirfd, path, flags, mode);
}

int openat64(int dirfd, const char *path, int flags, ...)
{
    va_list args;
    va_start(args, flags);
    const mode_t mode = modeArgument(flags, args);
    va_end(args);
    FAIL_WITH(openError(path, flags));
    return next<int (*)(int, const char *, int, ...)>("openat64")(dirfd, path, flags, mode);
}

ssize_t write(int fd, const void *buffer, size_t count)
{
    if (count > 0)
        FAIL_WITH(writeError(fd));
    return next<ssize_t (*)(int, const void *, size_t)>("write")(fd, buffer, count);
}

ssize_t pwrite(int fd, const void *buffer, size_t count, off_t offset)
{
    if (count > 0)
        FAIL_WITH(writeError(fd));
    return next<ssize_t (*)(int, const void *, size_t, off_t)>("pwrite")(fd, buffer, count, offset);
}

ssize_t pwrite64(int fd, const void *buffer, size_t count, off64_t offset)
{
    if (count > 0)
        FAIL_WITH(writeError(fd));
    return next<ssize_t (*)(int, const void *, size_t, off64_t)>("pwrite64")(fd, buffer, count,
                                                                             offset);
}

ssize_t writev(int fd, const struct iovec *vector, int count)
{
    if (count > 0)
        FAIL_WITH(writeError(fd));
    return next<ssize_t (*)(int, const struct iovec *, int)>("writev")(fd, vector, count);
}

int ftruncate(int fd, off_t length)
{
    FAIL_WITH(writeError(fd));
    return next<int (*)(int, off_t)>("ftruncate")(fd, length);
}

int ftruncate64(int fd, off64_t length)
{
    FAIL_WITH(writeError(fd));
    return next<int (*)(int, off64_t)>("ftruncate64")(fd, length);
}

int fallocate(int fd, int mode, off_t offset, off_t length)
{
    FAIL_WITH(writeError(fd));
    return next<int (*)(int, int, off_t, off_t)>("fallocate")(fd, mode, offset, length);
}

int posix_fallocate(int fd, off_t offset, off_t length)
{
    if (const int e = writeError(fd))
        return e;
    return next<int (*)(int, off_t, off_t)>("posix_fallocate")(fd, offset, length);
}

int mkdir(const char *path, mode_t mode)
{
    struct stat info;
    if (stat(path, &info) != 0) // an existing one is EEXIST, read-only or not
        FAIL_WITH(pathError(path));
    return next<int (*)(const char *, mode_t)>("mkdir")(path, mode);
}

int unlink(const char *path)
{
    FAIL_WITH(pathError(path));
    return next<int (*)(const char *)>("unlink")(path);
}

int rename(const char *from, const char *to)
{
    FAIL_WITH(pathError(from) ? pathError(from) : pathError(to));
    return next<int (*)(const char *, const char *)>("rename")(from, to);
}

int renameat(int fromDir, const char *from, int toDir, const char *to)
{
    FAIL_WITH(pathError(from) ? pathError(from) : pathError(to));
    return next<int (*)(int, const char *, int, const char *)>("renameat")(fromDir, from, toDir,
                                                                           to);
}

int renameat2(int fromDir, const char *from, int toDir, const char *to, unsigned int flags)
{
    FAIL_WITH(pathError(from) ? pathError(from) : pathError(to));
    return next<int (*)(int, const char *, int, const char *, unsigned int)>("renameat2")(
        fromDir, from, toDir, to, flags);
}

} // extern "C"
