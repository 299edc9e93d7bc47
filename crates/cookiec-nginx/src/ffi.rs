//! The C ABI the nginx module calls (declared in `module/cookiec.h`). The
//! only `unsafe` of the workspace: turning the module's pointers into
//! slices. Every call catches panics, so none can unwind into nginx.
#![allow(unsafe_code)]

use crate::{Edit, Filter, Input, LogLevel};
use std::ffi::{c_int, c_void, OsStr};
use std::os::unix::ffi::OsStrExt;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// A byte string owned by the caller; `data` may be NULL when `len` is 0.
#[repr(C)]
pub struct CookiecStr {
    pub data: *const u8,
    pub len: usize,
}

/// See `cookiec_input_t` in `module/cookiec.h`.
#[repr(C)]
pub struct CookiecInput {
    pub header_names: *const CookiecStr,
    pub header_values: *const CookiecStr,
    pub n_headers: usize,
    /// `data` NULL: no such header.
    pub country: CookiecStr,
    pub subdivision: CookiecStr,
    pub set_cookie: *const CookiecStr,
    pub n_set_cookie: usize,
    pub now: i64,
    /// 0: the error log records neither warnings nor information; 1:
    /// warnings; 2: information too.
    pub log_level: c_int,
}

pub const REWRITE: c_int = 1;
pub const DROP: c_int = 2;
pub const APPEND: c_int = 3;
pub const LOG_INFO: c_int = 4;
pub const LOG_WARN: c_int = 5;
pub const ERROR: c_int = 6;

/// `kind`, the upstream line's index (REWRITE, DROP), and the bytes (copied
/// by the callee before it returns). Non-zero: stop (allocation failed).
pub type EditFn = unsafe extern "C" fn(
    ctx: *mut c_void,
    kind: c_int,
    index: usize,
    data: *const u8,
    len: usize,
) -> c_int;

/// # Safety
/// `data` is NULL with `len` 0, or points at `len` readable bytes that
/// outlive `'a`.
unsafe fn bytes<'a>(data: *const u8, len: usize) -> &'a [u8] {
    if data.is_null() || len == 0 {
        &[]
    } else {
        // SAFETY: the caller's contract above.
        unsafe { std::slice::from_raw_parts(data, len) }
    }
}

/// # Safety
/// `p` is NULL with `n` 0, or points at `n` `CookiecStr`s, each valid for
/// [`bytes`].
unsafe fn strs<'a>(p: *const CookiecStr, n: usize) -> Vec<&'a [u8]> {
    if p.is_null() || n == 0 {
        return Vec::new();
    }
    // SAFETY: the caller's contract above.
    let all = unsafe { std::slice::from_raw_parts(p, n) };
    // SAFETY: each element is valid for `bytes` (the contract).
    all.iter()
        .map(|s| unsafe { bytes(s.data, s.len) })
        .collect()
}

/// Load and validate a rules file. NULL on failure, after the message went
/// to `on_error` as ERROR.
///
/// # Safety
/// `path` points at `path_len` bytes; `on_error` is callable with `ctx`.
#[no_mangle]
pub unsafe extern "C" fn cookiec_filter_load(
    path: *const u8,
    path_len: usize,
    on_error: EditFn,
    ctx: *mut c_void,
) -> *mut c_void {
    // SAFETY: the caller's contract.
    let path = OsStr::from_bytes(unsafe { bytes(path, path_len) });
    let loaded = catch_unwind(|| Filter::load(path).map_err(|e| e.to_string()));
    let message = match loaded {
        Ok(Ok(filter)) => return Box::into_raw(Box::new(filter)).cast(),
        Ok(Err(message)) => message,
        Err(_) => "cookiec: internal error while loading the rules".to_string(),
    };
    // SAFETY: the caller's contract; the message outlives the call.
    unsafe { on_error(ctx, ERROR, 0, message.as_ptr(), message.len()) };
    std::ptr::null_mut()
}

/// Free what [`cookiec_filter_load`] returned (NULL is ignored).
///
/// # Safety
/// `filter` came from `cookiec_filter_load` and is not used afterwards.
#[no_mangle]
pub unsafe extern "C" fn cookiec_filter_free(filter: *mut c_void) {
    if !filter.is_null() {
        // SAFETY: made by Box::into_raw in cookiec_filter_load, freed once.
        drop(unsafe { Box::from_raw(filter.cast::<Filter>()) });
    }
}

/// Enforce the rules on one response: each change goes to `edit`. Returns 0,
/// the callback's non-zero result when it stopped, or -1 on an internal
/// error (the module then drops every `Set-Cookie`: it fails closed).
///
/// # Safety
/// `filter` came from `cookiec_filter_load`; `input`'s pointers follow
/// `module/cookiec.h`; `edit` is callable with `ctx`.
#[no_mangle]
pub unsafe extern "C" fn cookiec_filter_run(
    filter: *const c_void,
    input: *const CookiecInput,
    edit: EditFn,
    ctx: *mut c_void,
) -> c_int {
    if filter.is_null() || input.is_null() {
        return -1;
    }
    // SAFETY: the caller's contract: both point at live values.
    let (filter, input) = unsafe { (&*filter.cast::<Filter>(), &*input) };
    // SAFETY: the caller's contract for every pointer of `input`.
    let (names, values, set_cookie, country, subdivision) = unsafe {
        (
            strs(input.header_names, input.n_headers),
            strs(input.header_values, input.n_headers),
            strs(input.set_cookie, input.n_set_cookie),
            (!input.country.data.is_null()).then(|| bytes(input.country.data, input.country.len)),
            (!input.subdivision.data.is_null())
                .then(|| bytes(input.subdivision.data, input.subdivision.len)),
        )
    };
    let headers: Vec<(&[u8], &[u8])> = names.into_iter().zip(values).collect();
    let input = Input {
        headers: &headers,
        country,
        subdivision,
        set_cookie: &set_cookie,
        now: input.now,
        log: match input.log_level {
            i32::MIN..=0 => LogLevel::Quiet,
            1 => LogLevel::Warn,
            _ => LogLevel::Info,
        },
    };
    let Ok(out) = catch_unwind(AssertUnwindSafe(|| filter.run(&input))) else {
        return -1;
    };
    // SAFETY: `edit` is callable with `ctx` (the contract); every slice
    // passed lives until the call returns.
    let call = |kind: c_int, index: usize, data: &[u8]| unsafe {
        edit(ctx, kind, index, data.as_ptr(), data.len())
    };
    for e in &out.edits {
        let r = match e {
            Edit::Rewrite(i, line) => call(REWRITE, *i, line),
            Edit::Drop(i) => call(DROP, *i, &[]),
            Edit::Append(line) => call(APPEND, 0, line),
        };
        if r != 0 {
            return r;
        }
    }
    if !out.log.is_empty() {
        let kind = if out.warn { LOG_WARN } else { LOG_INFO };
        return call(kind, 0, out.log.as_bytes());
    }
    0
}
