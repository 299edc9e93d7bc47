/*
 * cookiec's native nginx header filter: enforces compiled cookie rules
 * (cookiec.headers.json) on the Set-Cookie headers of every response of a
 * location, as the tower layer does, by calling cookiec_enforce through
 * libcookiec_nginx (cookiec.h).
 *
 *     load_module modules/ngx_http_cookiec_module.so;
 *     location / {
 *         cookiec_rules        /etc/nginx/cookiec/cookiec.headers.json;
 *         cookiec_country      $http_cf_ipcountry;
 *         cookiec_subdivision  $http_cloudfront_viewer_country_region;
 *         proxy_pass http://app;
 *     }
 *
 * The rules are loaded and validated when the configuration is read (a bad
 * file stops `nginx -t` with the loader's message); a response costs one
 * call, which answers with edits: nginx keeps every header it is not told
 * to change.
 */

#include <ngx_config.h>
#include <ngx_core.h>
#include <ngx_http.h>

#include "cookiec.h"


typedef struct {
    void                      *filter;       /* NULL: off */
    ngx_http_complex_value_t  *country;
    ngx_http_complex_value_t  *subdivision;
} ngx_http_cookiec_loc_conf_t;


typedef struct {
    ngx_http_request_t   *r;
    ngx_table_elt_t     **lines;
    size_t                n_lines;
} ngx_http_cookiec_run_t;


static char *ngx_http_cookiec_rules(ngx_conf_t *cf, ngx_command_t *cmd,
    void *conf);
static void *ngx_http_cookiec_create_loc_conf(ngx_conf_t *cf);
static char *ngx_http_cookiec_merge_loc_conf(ngx_conf_t *cf, void *parent,
    void *child);
static ngx_int_t ngx_http_cookiec_init(ngx_conf_t *cf);


static ngx_command_t  ngx_http_cookiec_commands[] = {

    { ngx_string("cookiec_rules"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_TAKE1,
      ngx_http_cookiec_rules,
      NGX_HTTP_LOC_CONF_OFFSET,
      0,
      NULL },

    { ngx_string("cookiec_country"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_TAKE1,
      ngx_http_set_complex_value_slot,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_cookiec_loc_conf_t, country),
      NULL },

    { ngx_string("cookiec_subdivision"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_TAKE1,
      ngx_http_set_complex_value_slot,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_cookiec_loc_conf_t, subdivision),
      NULL },

      ngx_null_command
};


static ngx_http_module_t  ngx_http_cookiec_module_ctx = {
    NULL,                                  /* preconfiguration */
    ngx_http_cookiec_init,                 /* postconfiguration */
    NULL,                                  /* create main configuration */
    NULL,                                  /* init main configuration */
    NULL,                                  /* create server configuration */
    NULL,                                  /* merge server configuration */
    ngx_http_cookiec_create_loc_conf,      /* create location configuration */
    ngx_http_cookiec_merge_loc_conf        /* merge location configuration */
};


ngx_module_t  ngx_http_cookiec_module = {
    NGX_MODULE_V1,
    &ngx_http_cookiec_module_ctx,          /* module context */
    ngx_http_cookiec_commands,             /* module directives */
    NGX_HTTP_MODULE,                       /* module type */
    NULL,                                  /* init master */
    NULL,                                  /* init module */
    NULL,                                  /* init process */
    NULL,                                  /* init thread */
    NULL,                                  /* exit thread */
    NULL,                                  /* exit process */
    NULL,                                  /* exit master */
    NGX_MODULE_V1_PADDING
};


static ngx_http_output_header_filter_pt  ngx_http_next_header_filter;


static int
ngx_http_cookiec_conf_error(void *data, int kind, size_t index,
    const unsigned char *p, size_t len)
{
    ngx_conf_t  *cf = data;

    ngx_conf_log_error(NGX_LOG_EMERG, cf, 0, "cookiec: %*s", len, p);
    return 0;
}


static void
ngx_http_cookiec_free(void *data)
{
    cookiec_filter_free(data);
}


static char *
ngx_http_cookiec_rules(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    ngx_http_cookiec_loc_conf_t  *clcf = conf;

    ngx_str_t           *value, path;
    ngx_pool_cleanup_t  *cln;

    if (clcf->filter != NGX_CONF_UNSET_PTR) {
        return "is duplicate";
    }

    value = cf->args->elts;

    if (value[1].len == 3 && ngx_strncmp(value[1].data, "off", 3) == 0) {
        clcf->filter = NULL;
        return NGX_CONF_OK;
    }

    path = value[1];
    if (ngx_conf_full_name(cf->cycle, &path, 1) != NGX_OK) {
        return NGX_CONF_ERROR;
    }

    /* Freed with the configuration: a reload loads the file again. */
    cln = ngx_pool_cleanup_add(cf->pool, 0);
    if (cln == NULL) {
        return NGX_CONF_ERROR;
    }

    clcf->filter = cookiec_filter_load(path.data, path.len,
                                       ngx_http_cookiec_conf_error, cf);
    if (clcf->filter == NULL) {
        return NGX_CONF_ERROR;
    }

    cln->handler = ngx_http_cookiec_free;
    cln->data = clcf->filter;

    return NGX_CONF_OK;
}


static void *
ngx_http_cookiec_create_loc_conf(ngx_conf_t *cf)
{
    ngx_http_cookiec_loc_conf_t  *conf;

    conf = ngx_pcalloc(cf->pool, sizeof(ngx_http_cookiec_loc_conf_t));
    if (conf == NULL) {
        return NULL;
    }

    /* country and subdivision: NULL (unset) from ngx_pcalloc, as
     * ngx_http_set_complex_value_slot wants them. */
    conf->filter = NGX_CONF_UNSET_PTR;

    return conf;
}


static char *
ngx_http_cookiec_merge_loc_conf(ngx_conf_t *cf, void *parent, void *child)
{
    ngx_http_cookiec_loc_conf_t *prev = parent;
    ngx_http_cookiec_loc_conf_t *conf = child;

    ngx_conf_merge_ptr_value(conf->filter, prev->filter, NULL);
    if (conf->country == NULL) {
        conf->country = prev->country;
    }
    if (conf->subdivision == NULL) {
        conf->subdivision = prev->subdivision;
    }

    return NGX_CONF_OK;
}


static ngx_table_elt_t *
ngx_http_cookiec_line(ngx_http_cookiec_run_t *run, size_t index)
{
    return index < run->n_lines ? run->lines[index] : NULL;
}


static u_char *
ngx_http_cookiec_copy(ngx_http_request_t *r, const u_char *p, size_t len)
{
    u_char  *copy;

    copy = ngx_pnalloc(r->pool, len ? len : 1);
    if (copy != NULL && len) {
        ngx_memcpy(copy, p, len);
    }
    return copy;
}


static int
ngx_http_cookiec_edit(void *data, int kind, size_t index,
    const unsigned char *p, size_t len)
{
    ngx_http_cookiec_run_t  *run = data;
    ngx_http_request_t      *r = run->r;

    u_char           *copy;
    ngx_table_elt_t  *h;

    switch (kind) {

    case COOKIEC_REWRITE:
        h = ngx_http_cookiec_line(run, index);
        if (h == NULL) {
            return 0;
        }
        copy = ngx_http_cookiec_copy(r, p, len);
        if (copy == NULL) {
            return 1;
        }
        h->value.data = copy;
        h->value.len = len;
        return 0;

    case COOKIEC_DROP:
        h = ngx_http_cookiec_line(run, index);
        if (h != NULL) {
            h->hash = 0;
        }
        return 0;

    case COOKIEC_APPEND:
        copy = ngx_http_cookiec_copy(r, p, len);
        h = ngx_list_push(&r->headers_out.headers);
        if (copy == NULL || h == NULL) {
            return 1;
        }
        h->hash = 1;
        ngx_str_set(&h->key, "Set-Cookie");
        h->lowcase_key = (u_char *) "set-cookie";
        h->value.data = copy;
        h->value.len = len;
        return 0;

    case COOKIEC_LOG_WARN:
        ngx_log_error(NGX_LOG_WARN, r->connection->log, 0,
                      "cookiec: %*s", len, p);
        return 0;

    default:
        ngx_log_error(NGX_LOG_INFO, r->connection->log, 0,
                      "cookiec: %*s", len, p);
        return 0;
    }
}


static void
ngx_http_cookiec_geo(ngx_http_request_t *r, ngx_http_complex_value_t *cv,
    cookiec_str_t *out)
{
    ngx_str_t  v;

    out->data = NULL;
    out->len = 0;

    if (cv != NULL && ngx_http_complex_value(r, cv, &v) == NGX_OK && v.len) {
        out->data = v.data;
        out->len = v.len;
    }
}


static ngx_uint_t
ngx_http_cookiec_is_set_cookie(ngx_table_elt_t *h)
{
    return h->hash != 0 && h->key.len == sizeof("Set-Cookie") - 1
           && ngx_strncasecmp(h->key.data, (u_char *) "Set-Cookie",
                              sizeof("Set-Cookie") - 1) == 0;
}


static ngx_uint_t
ngx_http_cookiec_has_cookie(ngx_http_request_t *r)
{
    ngx_uint_t        k;
    ngx_list_part_t  *part;
    ngx_table_elt_t  *h;

    for (part = &r->headers_in.headers.part; part; part = part->next) {
        h = part->elts;
        for (k = 0; k < part->nelts; k++) {
            if (h[k].key.len == sizeof("Cookie") - 1
                && ngx_strncasecmp(h[k].key.data, (u_char *) "Cookie",
                                   sizeof("Cookie") - 1) == 0)
            {
                return 1;
            }
        }
    }

    return 0;
}


static ngx_int_t
ngx_http_cookiec_header_filter(ngx_http_request_t *r)
{
    int                           rc;
    size_t                        n, i;
    ngx_uint_t                    k;
    ngx_list_part_t              *part;
    ngx_table_elt_t              *h;
    cookiec_str_t                *names, *values, *lines;
    cookiec_input_t               in;
    ngx_http_cookiec_run_t        run;
    ngx_http_cookiec_loc_conf_t  *conf;

    conf = ngx_http_get_module_loc_conf(r, ngx_http_cookiec_module);

    if (conf->filter == NULL || r != r->main) {
        return ngx_http_next_header_filter(r);
    }

    /* The upstream's Set-Cookie lines. */
    n = 0;
    for (part = &r->headers_out.headers.part; part; part = part->next) {
        h = part->elts;
        for (k = 0; k < part->nelts; k++) {
            if (ngx_http_cookiec_is_set_cookie(&h[k])) {
                n++;
            }
        }
    }

    /* Nothing set and nothing to expire: nothing to do. (The request's own
     * headers are read, not headers_in.cookies, which not every protocol
     * fills.) */
    if (n == 0 && !ngx_http_cookiec_has_cookie(r)) {
        return ngx_http_next_header_filter(r);
    }

    run.r = r;
    run.n_lines = n;
    run.lines = ngx_palloc(r->pool, (n ? n : 1) * sizeof(ngx_table_elt_t *));
    lines = ngx_palloc(r->pool, (n ? n : 1) * sizeof(cookiec_str_t));
    if (run.lines == NULL || lines == NULL) {
        return NGX_ERROR;
    }

    i = 0;
    for (part = &r->headers_out.headers.part; part; part = part->next) {
        h = part->elts;
        for (k = 0; k < part->nelts && i < n; k++) {
            if (ngx_http_cookiec_is_set_cookie(&h[k])) {
                run.lines[i] = &h[k];
                lines[i].data = h[k].value.data;
                lines[i].len = h[k].value.len;
                i++;
            }
        }
    }

    /* Every request header: the library picks Cookie and the signals. */
    n = 0;
    for (part = &r->headers_in.headers.part; part; part = part->next) {
        n += part->nelts;
    }

    names = ngx_palloc(r->pool, (n ? n : 1) * sizeof(cookiec_str_t));
    values = ngx_palloc(r->pool, (n ? n : 1) * sizeof(cookiec_str_t));
    if (names == NULL || values == NULL) {
        return NGX_ERROR;
    }

    i = 0;
    for (part = &r->headers_in.headers.part; part; part = part->next) {
        h = part->elts;
        for (k = 0; k < part->nelts && i < n; k++, i++) {
            names[i].data = h[k].key.data;
            names[i].len = h[k].key.len;
            values[i].data = h[k].value.data;
            values[i].len = h[k].value.len;
        }
    }

    in.header_names = names;
    in.header_values = values;
    in.n_headers = i;
    ngx_http_cookiec_geo(r, conf->country, &in.country);
    ngx_http_cookiec_geo(r, conf->subdivision, &in.subdivision);
    in.set_cookie = lines;
    in.n_set_cookie = run.n_lines;
    in.now = (int64_t) ngx_time();
    in.log_level = r->connection->log->log_level >= NGX_LOG_INFO ? 2
                   : r->connection->log->log_level >= NGX_LOG_WARN ? 1 : 0;

    rc = cookiec_filter_run(conf->filter, &in, ngx_http_cookiec_edit, &run);

    if (rc < 0) {
        /* Fail closed: without a decision, no cookie is set. */
        ngx_log_error(NGX_LOG_ALERT, r->connection->log, 0,
                      "cookiec: internal error, every Set-Cookie dropped");
        for (i = 0; i < run.n_lines; i++) {
            run.lines[i]->hash = 0;
        }

    } else if (rc > 0) {
        return NGX_ERROR;
    }

    return ngx_http_next_header_filter(r);
}


static ngx_int_t
ngx_http_cookiec_init(ngx_conf_t *cf)
{
    ngx_http_next_header_filter = ngx_http_top_header_filter;
    ngx_http_top_header_filter = ngx_http_cookiec_header_filter;

    return NGX_OK;
}
