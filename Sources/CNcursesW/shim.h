#ifndef MINUTES_CNCURSESW_SHIM_H
#define MINUTES_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncurses.h>
#include <term.h>
#include <signal.h>
#include <termios.h>
#include <unistd.h>
#include <spawn.h>
#include <fcntl.h>
#include <pthread.h>
#include <sys/wait.h>
#include <stdlib.h>
#include <sys/ioctl.h>

/* Globals Swift 6 rejects as not concurrency-safe. */
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline WINDOW *cn_curscr(void) { return curscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }

/* Macros that do not import. */
static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline int cn_key_f(int n) { return KEY_F(n); }
static inline void cn_getmaxyx(WINDOW *w, int *y, int *x) { int yy, xx; getmaxyx(w, yy, xx); *y = yy; *x = xx; }

/* Mouse masks: BUTTON5 is built by a macro with arguments. */
static inline mmask_t cn_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t cn_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t cn_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t cn_button4_pressed(void) { return BUTTON4_PRESSED; }
#ifdef BUTTON5_PRESSED
static inline mmask_t cn_button5_pressed(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t cn_button5_pressed(void) { return 0; }
#endif

/* Glibc's Swift module hides wcwidth. */
extern int wcwidth(wchar_t);

/* tigetstr returns (char *)-1 for "not a string capability". */
static inline int cn_has_string_cap(const char *name) {
    char *s = tigetstr(name);
    return s != NULL && s != (char *)-1;
}

/* Signal handling with plain C handlers: the only state is a flag and a saved termios,
   both written before any handler can run. */
/* Function-local statics: Swift's importer does not emit file-scope statics of a header. */
static inline volatile sig_atomic_t *cn_signal_slot(void) { static volatile sig_atomic_t s = 0; return &s; }
static inline struct termios *cn_termios_slot(void) { static struct termios t; return &t; }
static inline int *cn_termios_valid_slot(void) { static int v = 0; return &v; }
static inline int *cn_termios_fd_slot(void) { static int fd = STDIN_FILENO; return &fd; }
#define cn_signal_received (*cn_signal_slot())
#define cn_saved_termios (*cn_termios_slot())
#define cn_saved_termios_valid (*cn_termios_valid_slot())
#define cn_termios_fd (*cn_termios_fd_slot())

static inline void cn_flag_handler(int sig) { cn_signal_received = sig; }

/* Set when the process is continued (fg after Ctrl-Z). A stopped program is not in the
   terminal's foreground, so a resize meanwhile sends it no SIGWINCH: the main loop must
   ask for the size itself. Installed without SA_RESTART so a blocked wget_wch returns. */
static inline volatile sig_atomic_t *cn_continued_slot(void) { static volatile sig_atomic_t c = 0; return &c; }
static inline void cn_continue_handler(int sig) { (void)sig; *cn_continued_slot() = 1; }
static inline int cn_take_continued(void) { int c = *cn_continued_slot(); *cn_continued_slot() = 0; return c; }

/* Ctrl-Z is ours, not curses': its own SIGTSTP handler stops the process from inside the
   interrupted read, which then restarts, so the main loop never learns it was stopped and
   draws at the old size until a key comes. Ours sets a flag (no SA_RESTART); the loop
   ends curses, stops (cn_stop_self), and on fg lays out at the size there is then.
   Installed before newterm, so curses leaves SIGTSTP alone. */
static inline volatile sig_atomic_t *cn_suspend_slot(void) { static volatile sig_atomic_t z = 0; return &z; }
static inline void cn_suspend_handler(int sig) { (void)sig; *cn_suspend_slot() = 1; }
static inline int cn_take_suspend(void) { int z = *cn_suspend_slot(); *cn_suspend_slot() = 0; return z; }

static inline void cn_catch_sigtstp(int catching) {
    struct sigaction sa;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    sa.sa_handler = catching ? cn_suspend_handler : SIG_DFL;
    sigaction(SIGTSTP, &sa, NULL);
}

/* Stops the process as Ctrl-Z would (the shell reports it stopped); returns after fg. */
static inline void cn_stop_self(void) {
    cn_catch_sigtstp(0);
    sigset_t tstp;
    sigemptyset(&tstp);
    sigaddset(&tstp, SIGTSTP);
    pthread_sigmask(SIG_UNBLOCK, &tstp, NULL);
    kill(getpid(), SIGTSTP);
    cn_catch_sigtstp(1);
}

/* The terminal's size now, from the kernel (0 on failure). */
static inline int cn_terminal_size(int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(cn_termios_fd, TIOCGWINSZ, &ws) != 0 && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) != 0) return 0;
    if (ws.ws_row == 0 || ws.ws_col == 0) return 0;
    *rows = ws.ws_row; *cols = ws.ws_col;
    return 1;
}

/* For every signal that ends the process without going through the main loop: put the
   terminal back (termios, then what curses turned on), then die of the same signal, so
   the exit status still tells which. */
static inline void cn_crash_handler(int sig) {
    if (cn_saved_termios_valid) tcsetattr(cn_termios_fd, TCSANOW, &cn_saved_termios);
    /* Mouse reporting off, keypad off (normal cursor keys, numeric keypad), leave the
       alternate screen, show the cursor, plain attributes. */
    static const char reset[] = "\033[?1000l\033[?1002l\033[?1006l\033[?1l\033>\033[?1049l\033[?25h\033[0m\r\n";
    ssize_t ignored = write(STDOUT_FILENO, reset, sizeof reset - 1);
    (void)ignored;
    signal(sig, SIG_DFL);
    raise(sig);
}

static inline void cn_save_termios(void) {
    if (tcgetattr(STDIN_FILENO, &cn_saved_termios) == 0) { cn_saved_termios_valid = 1; return; }
    /* stdin may be a pipe: /dev/tty holds the terminal. Kept open so a crash handler
       can restore it without opening anything. */
    int fd = open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd >= 0) {
        if (tcgetattr(fd, &cn_saved_termios) == 0) { cn_saved_termios_valid = 1; cn_termios_fd = fd; }
        else close(fd);
    }
}

/* SIGINT/SIGTERM/SIGHUP set a flag without SA_RESTART, so a blocked wget_wch returns ERR
   and the main loop ends curses itself. Crashes, and every other signal whose default is
   to end the process (QUIT, USR1, USR2, ALRM, XCPU, PIPE), restore the terminal, then
   re-raise: without a handler, QUIT and FPE went to the Swift runtime's crash reporter,
   which wrote over the screen and waited for a key, and the rest left curses' modes on. */
static inline void cn_install_signal_handlers(void) {
    struct sigaction sa;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    sa.sa_handler = cn_flag_handler;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    struct sigaction cont;
    sigemptyset(&cont.sa_mask);
    cont.sa_flags = 0;
    cont.sa_handler = cn_continue_handler;
    sigaction(SIGCONT, &cont, NULL);
    cn_catch_sigtstp(1);
    struct sigaction crash;
    sigemptyset(&crash.sa_mask);
    crash.sa_flags = SA_RESETHAND;
    crash.sa_handler = cn_crash_handler;
    sigaction(SIGILL, &crash, NULL);
    sigaction(SIGSEGV, &crash, NULL);
    sigaction(SIGABRT, &crash, NULL);
    sigaction(SIGBUS, &crash, NULL);
    sigaction(SIGTRAP, &crash, NULL);
    sigaction(SIGFPE, &crash, NULL);
    sigaction(SIGQUIT, &crash, NULL);
    sigaction(SIGXCPU, &crash, NULL);
    sigaction(SIGXFSZ, &crash, NULL);
    sigaction(SIGUSR1, &crash, NULL);
    sigaction(SIGUSR2, &crash, NULL);
    sigaction(SIGALRM, &crash, NULL);
    sigaction(SIGPIPE, &crash, NULL);
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, SIGINT);
    sigaddset(&unblock, SIGTERM);
    sigaddset(&unblock, SIGHUP);
    sigaddset(&unblock, SIGWINCH);
    sigaddset(&unblock, SIGCONT);
    sigaddset(&unblock, SIGTSTP);
    pthread_sigmask(SIG_UNBLOCK, &unblock, NULL);
}

static inline int cn_take_signal(void) { int s = cn_signal_received; cn_signal_received = 0; return s; }

/* While $PAGER runs, Ctrl-C belongs to the pager: ignore SIGINT here, restore afterwards. */
static inline void cn_ignore_sigint(int ignore) {
    struct sigaction sa;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    sa.sa_handler = ignore ? SIG_IGN : cn_flag_handler;
    sigaction(SIGINT, &sa, NULL);
    /* Ctrl-Z while the pager runs stops the pager and us together, as a job. */
    cn_catch_sigtstp(!ignore);
    /* QUIT goes back to restoring the terminal and ending as QUIT. */
    sa.sa_flags = ignore ? 0 : SA_RESETHAND;
    sa.sa_handler = ignore ? SIG_IGN : cn_crash_handler;
    sigaction(SIGQUIT, &sa, NULL);
}

/* posix_spawnp with default signal dispositions and an empty mask (the test runner and
   our own SIG_IGN must not leak into the pager). Returns the pid, or -errno. */
static inline int cn_spawn(const char *file, char *const argv[]) {
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t empty, all;
    sigemptyset(&empty);
    sigfillset(&all);
    sigdelset(&all, SIGKILL);
    sigdelset(&all, SIGSTOP);
    posix_spawnattr_setsigmask(&attr, &empty);
    posix_spawnattr_setsigdefault(&attr, &all);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    extern char **environ;
    pid_t pid;
    int rc = posix_spawnp(&pid, file, NULL, &attr, argv, environ);
    posix_spawnattr_destroy(&attr);
    return rc == 0 ? (int)pid : -rc;
}
#endif
