// The reference enforcement (crates/cookiec-enforce/src/engine.rs), in the
// JavaScript nginx's njs 0.7 runs: no Map/Set, destructuring or classes.
// Held to the same conformance suite (tests/conformance/v1/suite.json).
//
// njs 0.7 runs this module's top level for every request (a fresh clone of
// the VM each time) and interprets slowly: a regex test or an object
// literal costs microseconds. So the lookups are precomputed in FAST by
// cookiec (crates/cookiec-emit/src/njs/tables.rs), regexes are compiled
// only when a name gets that far, and the hot path uses indexOf, slices and
// plain loops rather than regexes, closures and temporary objects.

// The policy, preloaded by `js_preload_object cookiec_policy from …;` in
// nginx-filter.conf (parsed once per worker, shared by every request). A
// missing preload must not break other JavaScript of the same nginx, so it
// is only reported when the filter runs.
var POLICY = typeof cookiec_policy !== 'undefined' ? cookiec_policy : null;
var RULES = POLICY !== null ? POLICY.rules : null;
var FAST = POLICY !== null ? POLICY.fast : null;

function isToken(s) {
  return s.length > 0 && /^[A-Za-z0-9!#$%&'*+\-.^_`|~]+$/.test(s);
}

function forbidden(s) {
  return s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\0') >= 0;
}

// RFC 6265bis 5.6.2: digits with an optional leading '-', else ignored.
function maxAge(v) {
  var neg = v.charCodeAt(0) === 45;
  var start = neg ? 1 : 0;
  if (v.length <= start) {
    return null;
  }
  for (var i = start; i < v.length; i++) {
    var c = v.charCodeAt(i);
    if (c < 48 || c > 57) {
      return null;
    }
  }
  var digits = neg ? v.slice(1) : v;
  var n = digits.length > 18 ? 9007199254740991 : parseInt(digits, 10);
  return neg ? -n : n;
}

// RFC 6265bis 5.1.1, as crates/cookiec-enforce/src/date.rs.
// One string, not an array: nothing to allocate per request.
var MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';

function cookieDate(value) {
  var toks = value.split(/[\x09\x20-\x2f\x3b-\x40\x5b-\x60\x7b-\x7e]/);
  var time = null, day = null, month = null, year = null;
  for (var i = 0; i < toks.length; i++) {
    var t = toks[i];
    if (t === '') {
      continue;
    }
    var m;
    if (time === null && (m = /^([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(?:[^0-9].*)?$/.exec(t))) {
      time = [parseInt(m[1], 10), parseInt(m[2], 10), parseInt(m[3], 10)];
      continue;
    }
    if (day === null && (m = /^([0-9]{1,2})(?:[^0-9].*)?$/.exec(t))) {
      day = parseInt(m[1], 10);
      continue;
    }
    if (month === null && t.length >= 3) {
      var k = MONTHS.indexOf(t.slice(0, 3).toLowerCase());
      if (k >= 0 && k % 3 === 0) {
        month = k / 3 + 1;
        continue;
      }
    }
    if (year === null && (m = /^([0-9]{2,4})(?:[^0-9].*)?$/.exec(t))) {
      year = parseInt(m[1], 10);
      continue;
    }
  }
  if (time === null || day === null || month === null || year === null) {
    return null;
  }
  if (year >= 70 && year <= 99) {
    year += 1900;
  } else if (year <= 69) {
    year += 2000;
  }
  var dim = [31, (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28,
    31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (year < 1601 || time[0] > 23 || time[1] > 59 || time[2] > 59 || day < 1 || day > dim) {
    return null;
  }
  return Date.UTC(year, month - 1, day, time[0], time[1], time[2]) / 1000;
}

// njs allocates every array and object at a cost of microseconds, so a
// `Set-Cookie` line is read in place: `semi` is the index of its first `;`
// and each attribute is the text up to the next one.

// The attribute starting after index `p` (a `;`): [text, lower-cased key,
// index of the next `;` or -1]. Written to the shared ATTR to allocate
// nothing per attribute.
var ATTR = ['', '', -1];

function nextAttr(line, p) {
  var q = line.indexOf(';', p + 1);
  var text = (q < 0 ? line.slice(p + 1) : line.slice(p + 1, q)).trim();
  var e = text.indexOf('=');
  ATTR[0] = text;
  ATTR[1] = (e >= 0 ? text.slice(0, e) : text).trim().toLowerCase();
  ATTR[2] = q;
}

function attrValue(text) {
  var e = text.indexOf('=');
  return e >= 0 ? text.slice(e + 1).trim() : '';
}

// Seconds the browser keeps it (negative or zero: deleted), or null:
// session. The last valid Max-Age wins, else the last valid Expires.
function lifetime(line, semi, now) {
  var age = null, expires = null, v;
  for (var p = semi; p >= 0; p = ATTR[2]) {
    nextAttr(line, p);
    if (ATTR[1] === 'max-age') {
      if ((v = maxAge(attrValue(ATTR[0]))) !== null) {
        age = v;
      }
    } else if (ATTR[1] === 'expires' && age === null) {
      if ((v = cookieDate(attrValue(ATTR[0]))) !== null) {
        expires = v - now;
      }
    }
  }
  return age !== null ? age : expires;
}

function percentDecode(s) {
  try {
    return decodeURIComponent(s);
  } catch (e) {
    return null;
  }
}

function parseRecord(value) {
  var v = value.trim();
  if (v.length >= 2 && v[0] === '"' && v[v.length - 1] === '"') {
    v = v.slice(1, -1);
  }
  var text = percentDecode(v);
  if (text === null) {
    return null;
  }
  var json;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return null;
  }
  if (json === null || typeof json !== 'object' || !Array.isArray(json.categories)) {
    return null;
  }
  var cats = json.categories.filter(function (c) { return typeof c === 'string'; });
  var ours = json.data && typeof json.data === 'object' ? json.data.cookiec : null;
  var revision = ours && typeof ours === 'object' && ours.v === 1 && typeof ours.revision === 'string'
    ? ours.revision : null;
  return { categories: cats, revision: revision };
}

// The region code, or null: unknown (the strictest declared region).
function regionOf(country, subdivision) {
  if (!country) {
    return null;
  }
  var c = country.trim().toUpperCase();
  if (c.length !== 2 || c === 'XX') {
    return null;
  }
  for (var i = 0; i < 2; i++) {
    var k = c.charCodeAt(i);
    if (k < 65 || k > 90) {
      return null;
    }
  }
  var r;
  if (c === 'US') {
    var s = (subdivision || '').trim().toUpperCase();
    if (s.indexOf('US-') === 0) {
      s = s.slice(3);
    }
    r = FAST.us_state['=' + s];
    return r !== undefined ? r : FAST.us_fallback;
  }
  r = FAST.country['=' + c];
  return r !== undefined ? r : FAST.fallback;
}

// Regexes compiled this request (index → RegExp, or null when invalid).
var COMPILED = null;

function compiled(k) {
  if (COMPILED === null) {
    COMPILED = {};
  }
  var re = COMPILED[k];
  if (re === undefined) {
    try {
      re = new RegExp(FAST.regexes[k][1]);
    } catch (e) {
      re = null;
    }
    COMPILED[k] = re;
  }
  return re;
}

function regexMatch(k, name) {
  var re = compiled(k);
  return re !== null && re.test(name);
}

// `^literal[class]+$` (or `*`) without the regex engine.
function simpleMatch(simple, name) {
  var lit = simple[0], ranges = simple[1];
  if (!name.startsWith(lit) || name.length - lit.length < simple[2]) {
    return false;
  }
  for (var i = lit.length; i < name.length; i++) {
    var c = name.charCodeAt(i), ok = false;
    for (var k = 0; k < ranges.length && !ok; k += 2) {
      ok = c >= ranges[k] && c <= ranges[k + 1];
    }
    if (!ok) {
      return false;
    }
  }
  return true;
}

// The rule index for a name (exact, else longest prefix, else the first
// matching regex), or -1.
function ruleIndex(name) {
  var i = FAST.exact['=' + name];
  if (i !== undefined) {
    return i;
  }
  var p = FAST.prefixes;
  for (i = 0; i < p.length; i++) {
    if (name.startsWith(p[i][0])) {
      return p[i][1];
    }
  }
  var x = FAST.regexes;
  for (i = 0; i < x.length; i++) {
    // A match must start with the pattern's literal prefix: most names are
    // ruled out without running the regex.
    if (name.startsWith(x[i][2])) {
      if (x[i][3] !== null ? simpleMatch(x[i][3], name) : regexMatch(i, name)) {
        return x[i][0];
      }
    }
  }
  return -1;
}

// The value of the first request cookie named `name`, or null. The
// `Cookie` header is read in place, like a `Set-Cookie` line.
function cookieValue(header, name) {
  for (var p = -1; p < header.length; ) {
    var q = header.indexOf(';', p + 1);
    var part = q < 0 ? header.slice(p + 1) : header.slice(p + 1, q);
    var e = part.indexOf('=');
    if (e >= 0 && part.slice(0, e).trim() === name) {
      return part.slice(e + 1).trim();
    }
    p = q < 0 ? header.length : q;
  }
  return null;
}

// Step 1 as one '0' or '1' per rule (may its cookies be set), from the
// consent record; null when there is no usable record.
function recordMask(cookieHeader) {
  var value = cookieValue(cookieHeader, RULES.consent.cookie);
  var rec = value !== null ? parseRecord(value) : null;
  if (rec === null || (rec.revision !== RULES.revision && RULES.consent.stale_revision !== 'accept')) {
    return null;
  }
  var m = '';
  for (var k = 0; k < FAST.category.length; k++) {
    var c = FAST.category[k];
    // Required categories are granted with any record.
    m += FAST.required[k] || rec.categories.indexOf(c) >= 0 || requiredCategory(c) ? '1' : '0';
  }
  return m;
}

// Step 1 without a record: precomputed per region and signals.
function defaultMask(region, gpc, dnt) {
  var combo = (gpc ? 1 : 0) + (dnt ? 2 : 0);
  var d = region !== null ? FAST.allowed['=' + region] : undefined;
  return d !== undefined ? d[combo] : FAST.allowed_unknown[combo];
}

function requiredCategory(c) {
  for (var k = 0; k < FAST.category.length; k++) {
    if (FAST.required[k] && FAST.category[k] === c) {
      return true;
    }
  }
  return false;
}

// The enforced line for rule `i`: its attributes as written, less those the
// rule declares (and lifetimes over the cap), then the declared ones.
function enforceAttributes(line, semi, pair, i, life) {
  var a = RULES.cookies[i].attributes;
  var declared = FAST.declared[i];
  var overCap = a.max_age_cap !== null && life !== null && life > a.max_age_cap;
  var out = pair;
  var capWritten = false;
  for (var p = semi; p >= 0; p = ATTR[2]) {
    nextAttr(line, p);
    if (ATTR[0] === '') {
      continue;
    }
    var key = ATTR[1];
    var replaced = declared[key] === true;
    if (key === 'max-age' || key === 'expires') {
      if (a.session) {
        replaced = true;
      } else if (overCap) {
        if (!capWritten) {
          out += '; Max-Age=' + a.max_age_cap;
          capWritten = true;
        }
        replaced = true;
      }
    }
    if (!replaced) {
      out += '; ' + ATTR[0];
    }
  }
  out += FAST.tail[i];
  if (a.max_age_cap !== null && life === null && !a.session) {
    out += '; Max-Age=' + a.max_age_cap;
  }
  return out;
}

// Steps 2 and 3; `allowed` is step 1 (recordMask or defaultMask).
function apply(cookieHeader, allowed, setCookie, now) {
  var out = [];
  // One search over all lines: nearly always none holds CR, LF or NUL.
  var unsafe = forbidden(setCookie.join(''));
  for (var n = 0; n < setCookie.length; n++) {
    var line = setCookie[n];
    if (unsafe && forbidden(line)) {
      continue;
    }
    // The pair and name without reading the attributes: a line for an
    // undeclared name (when not stripping) or without attributes needs no
    // more.
    var semi = line.indexOf(';');
    var pair = (semi < 0 ? line : line.slice(0, semi)).trim();
    var eq = pair.indexOf('=');
    var i = ruleIndex(eq >= 0 ? pair.slice(0, eq).trim() : '');
    if (semi < 0) {
      // A session cookie: no lifetime, so not a deletion.
      if (i < 0) {
        if (RULES.undeclared !== 'strip') {
          out.push(line);
        }
      } else if (allowed.charCodeAt(i) === 49) {
        out.push(pair + FAST.bare[i]);
      }
      continue;
    }
    if (i < 0 && RULES.undeclared !== 'strip') {
      out.push(line);
      continue;
    }
    var life = lifetime(line, semi, now);
    if (life !== null && life <= 0) {
      out.push(line);
    } else if (i >= 0 && allowed.charCodeAt(i) === 49) {
      out.push(enforceAttributes(line, semi, pair, i, life));
    }
  }
  // Step 3: each request cookie, once per name (names kept between
  // newlines, which no cookie name holds).
  var seen = '\n';
  for (var p = -1; p < cookieHeader.length; ) {
    var q = cookieHeader.indexOf(';', p + 1);
    var part = q < 0 ? cookieHeader.slice(p + 1) : cookieHeader.slice(p + 1, q);
    p = q < 0 ? cookieHeader.length : q;
    var e = part.indexOf('=');
    if (e < 0) {
      continue;
    }
    var name = part.slice(0, e).trim();
    // A name with a newline is no token (never expired) and would confuse `seen`.
    if (name.indexOf('\n') >= 0 || seen.indexOf('\n' + name + '\n') >= 0) {
      continue;
    }
    seen += name + '\n';
    var r = ruleIndex(name);
    if (r < 0 || allowed.charCodeAt(r) === 49) {
      continue;
    }
    var nc = RULES.cookies[r].when_not_consented;
    // Only a token can be copied into a header (no injection).
    if (nc === null || !isToken(name)) {
      continue;
    }
    for (var k = 0; k < nc.expire.length; k++) {
      out.push(nc.expire[k]);
    }
    if (nc.expire_template) {
      out.push(nc.expire_template.split('{name}').join(name));
    }
  }
  return out;
}

function header(r, name) {
  var v = r.headersIn[name];
  return typeof v === 'string' ? v : '';
}

// The header filter: `js_header_filter <import>.filter;`.
function filter(r) {
  if (RULES === null) {
    // No policy, no consent to check: no cookie is set.
    r.error('cookiec: the policy is not loaded (js_preload_object cookiec_policy from ' +
      'cookiec-filter.json; missing in this location): Set-Cookie removed');
    delete r.headersOut['Set-Cookie'];
    return;
  }
  var sent = r.headersOut['Set-Cookie'];
  sent = Array.isArray(sent) ? sent : (typeof sent === 'string' && sent !== '' ? [sent] : []);
  var cookieHeader = header(r, 'Cookie');
  // Nothing sent and nothing to expire: nothing to do.
  if (sent.length === 0 && cookieHeader === '') {
    return;
  }
  // The region and the signals only matter without a usable record: each
  // read from nginx costs as much as a line of enforcement.
  var allowed = recordMask(cookieHeader);
  if (allowed === null) {
    var country = r.variables.cookiec_country || '';
    var subdivision = r.variables.cookiec_subdivision || '';
    var gpc = header(r, RULES.consent.gpc.header).trim() === RULES.consent.gpc.value;
    var dnt = header(r, RULES.consent.dnt.header).trim() === RULES.consent.dnt.value;
    allowed = defaultMask(regionOf(country, subdivision), gpc, dnt);
  }
  var out = apply(cookieHeader, allowed, sent, Math.floor(Date.now() / 1000));
  if (out.length === sent.length) {
    var same = true;
    for (var i = 0; i < out.length && same; i++) {
      same = out[i] === sent[i];
    }
    if (same) {
      return;
    }
  }
  r.headersOut['Set-Cookie'] = out;
}

export default { filter: filter, apply: apply, regionOf: regionOf, recordMask: recordMask, defaultMask: defaultMask };
