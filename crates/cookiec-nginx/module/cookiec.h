/*
 * The C ABI of cookiec's nginx binding (crates/cookiec-nginx/src/ffi.rs).
 * Every decision is made by cookiec_enforce, the reference the tower layer
 * and the conformance suite run; this side only hands over bytes.
 */
#ifndef COOKIEC_H
#define COOKIEC_H

#include <stddef.h>
#include <stdint.h>

/* A byte string owned by the caller; data may be NULL when len is 0. */
typedef struct {
    const unsigned char *data;
    size_t               len;
} cookiec_str_t;

typedef struct {
    /* Every request header: n_headers names and values. */
    const cookiec_str_t *header_names;
    const cookiec_str_t *header_values;
    size_t               n_headers;
    /* The visitor's country and US state; data NULL or len 0: unknown. */
    cookiec_str_t        country;
    cookiec_str_t        subdivision;
    /* The upstream Set-Cookie values, in order. */
    const cookiec_str_t *set_cookie;
    size_t               n_set_cookie;
    /* Unix seconds, to read Expires dates. */
    int64_t              now;
    /* 0: the error log records neither warnings nor information;
     * 1: warnings; 2: information too (the report is built only then). */
    int                  log_level;
} cookiec_input_t;

#define COOKIEC_REWRITE   1  /* set_cookie[index] becomes data */
#define COOKIEC_DROP      2  /* set_cookie[index] is removed */
#define COOKIEC_APPEND    3  /* a new Set-Cookie line: data */
#define COOKIEC_LOG_INFO  4  /* what was done, for the error log */
#define COOKIEC_LOG_WARN  5  /* undeclared cookies or unsafe lines */
#define COOKIEC_ERROR     6  /* the rules could not be loaded: why */

/* The callee copies data before it returns; non-zero stops the run. */
typedef int (*cookiec_edit_pt)(void *ctx, int kind, size_t index,
    const unsigned char *data, size_t len);

/* Load and validate cookiec.headers.json; NULL after an ERROR call. */
void *cookiec_filter_load(const unsigned char *path, size_t path_len,
    cookiec_edit_pt on_error, void *ctx);
void cookiec_filter_free(void *filter);

/* 0: done; the callback's non-zero result; -1: internal error. */
int cookiec_filter_run(const void *filter, const cookiec_input_t *input,
    cookiec_edit_pt edit, void *ctx);

#endif
