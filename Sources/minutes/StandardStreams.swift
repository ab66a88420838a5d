#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps a closed stdin, stdout or stderr closed in effect. Started with `>&-`, the next
/// file the program opens would get descriptor 1, and output meant for stdout could land
/// in a cache file. A read-only /dev/null takes the free slot instead, so a write there
/// still fails (EBADF) and is reported as an output error.
enum StandardStreams {
    static func reserveClosed() {
        for fd in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(fd, F_GETFD) < 0 && errno == EBADF {
            let null = open("/dev/null", O_RDONLY)
            if null >= 0 && null != fd {
                dup2(null, fd)
                close(null)
            }
        }
    }
}
