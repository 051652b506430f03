/* Program name, warnings and fatal errors: "tool: context: reason" on stderr. */
#ifndef MSG_H
#define MSG_H

#include <stddef.h>

extern const char *msg_prog;

void msg_init(const char *prog);
void msg_warn(const char *fmt, ...);		/* prog: message */
void msg_warn_errno(const char *fmt, ...);	/* prog: message: strerror(errno) */
_Noreturn void die(int status, const char *fmt, ...);
_Noreturn void die_errno(int status, const char *fmt, ...);
void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);

#endif
