// The reference enforcement (crates/cookiec-enforce/src/engine.rs), in the
// JavaScript nginx's njs 0.7 runs: no Map/Set, destructuring or classes.
// Held to the same conformance suite (tests/conformance/v1/suite.json).

function isToken(s) {
  return s.length > 0 && /^[A-Za-z0-9!#$%&'*+\-.^_`|~]+$/.test(s);
}

function forbidden(s) {
  return /[\r\n\0]/.test(s);
}

// RFC 6265bis 5.6.2: digits with an optional leading '-', else ignored.
function maxAge(v) {
  var m = /^(-?)([0-9]+)$/.exec(v);
  if (!m) {
    return null;
  }
  var n = m[2].length > 18 ? 9007199254740991 : parseInt(m[2], 10);
  return m[1] ? -n : n;
}

// RFC 6265bis 5.1.1, as crates/cookiec-enforce/src/date.rs.
var MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

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
      if (k >= 0) {
        month = k + 1;
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

function parseSetCookie(line) {
  var parts = line.split(';');
  var pair = parts[0].trim();
  var eq = pair.indexOf('=');
  var name = eq >= 0 ? pair.slice(0, eq).trim() : '';
  var attrs = [];
  for (var i = 1; i < parts.length; i++) {
    var text = parts[i].trim();
    if (text === '') {
      continue;
    }
    var e = text.indexOf('=');
    attrs.push({
      text: text,
      key: (e >= 0 ? text.slice(0, e) : text).trim().toLowerCase(),
      value: e >= 0 ? text.slice(e + 1).trim() : ''
    });
  }
  return { pair: pair, name: name, attrs: attrs };
}

// Seconds the browser keeps it (negative or zero: deleted), or null: session.
function lifetime(sc, now) {
  var i, v, last = null;
  for (i = 0; i < sc.attrs.length; i++) {
    if (sc.attrs[i].key === 'max-age' && (v = maxAge(sc.attrs[i].value)) !== null) {
      last = v;
    }
  }
  if (last !== null) {
    return last;
  }
  for (i = 0; i < sc.attrs.length; i++) {
    if (sc.attrs[i].key === 'expires' && (v = cookieDate(sc.attrs[i].value)) !== null) {
      last = v - now;
    }
  }
  return last;
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

function candidates(country, subdivision) {
  var c = country.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(c) || c === 'XX') {
    return [];
  }
  var out = [];
  if (c === 'US') {
    var s = (subdivision || '').trim().toUpperCase();
    if (s.indexOf('US-') === 0) {
      s = s.slice(3);
    }
    if (REGIONS.us_states[s]) {
      out.push(REGIONS.us_states[s]);
    }
    out.push('us');
  }
  if (REGIONS.national[c]) {
    out.push(REGIONS.national[c]);
  }
  if (REGIONS.eu.indexOf(c) >= 0) {
    out.push('eu');
  }
  if (REGIONS.eu.indexOf(c) >= 0 || REGIONS.eea_only.indexOf(c) >= 0) {
    out.push('eea');
  }
  out.push('default');
  return out;
}

// The region code, or null: unknown (the strictest declared region).
function regionOf(country, subdivision) {
  if (!country) {
    return null;
  }
  var cands = candidates(country, subdivision);
  for (var i = 0; i < cands.length; i++) {
    if (RULES.defaults[cands[i]]) {
      return cands[i];
    }
  }
  return null;
}

var COMPILED = RULES.cookies.map(function (c) {
  var re = null;
  if (c.name.match === 'regex') {
    try {
      re = new RegExp(c.name.value);
    } catch (e) {
      re = null;
    }
  }
  return { rule: c, re: re };
});

function ruleFor(name) {
  var i, best = null;
  for (i = 0; i < COMPILED.length; i++) {
    var n = COMPILED[i].rule.name;
    if (n.match === 'exact' && n.value === name) {
      return COMPILED[i].rule;
    }
  }
  for (i = 0; i < COMPILED.length; i++) {
    var p = COMPILED[i].rule.name;
    if (p.match === 'prefix' && name.indexOf(p.value) === 0 &&
        (best === null || p.value.length > best.name.value.length)) {
      best = COMPILED[i].rule;
    }
  }
  if (best !== null) {
    return best;
  }
  for (i = 0; i < COMPILED.length; i++) {
    if (COMPILED[i].re !== null && COMPILED[i].re.test(name)) {
      return COMPILED[i].rule;
    }
  }
  return null;
}

function grantedIn(region, gpc, dnt) {
  var denied = {};
  var signals = [[gpc, RULES.consent.gpc], [dnt, RULES.consent.dnt]];
  for (var s = 0; s < signals.length; s++) {
    if (signals[s][0] && signals[s][1].honour) {
      (signals[s][1].denies[region] || []).forEach(function (c) { denied[c] = true; });
    }
  }
  var out = {};
  var d = RULES.defaults[region] || {};
  Object.keys(d).forEach(function (c) {
    if (d[c] === 'granted' && !denied[c]) {
      out[c] = true;
    }
  });
  return out;
}

function granted(cookies, region, gpc, dnt) {
  var i;
  for (i = 0; i < cookies.length; i++) {
    if (cookies[i][0] === RULES.consent.cookie) {
      var rec = parseRecord(cookies[i][1]);
      if (rec !== null && (rec.revision === RULES.revision || RULES.consent.stale_revision === 'accept')) {
        var g = {};
        rec.categories.forEach(function (c) { g[c] = true; });
        RULES.cookies.forEach(function (c) { if (c.required) { g[c.category] = true; } });
        return g;
      }
      break;
    }
  }
  if (region !== null) {
    return grantedIn(region, gpc, dnt);
  }
  // Unknown region: only what every declared region grants.
  var regions = Object.keys(RULES.defaults);
  var acc = regions.length ? grantedIn(regions[0], gpc, dnt) : {};
  for (i = 1; i < regions.length; i++) {
    var gi = grantedIn(regions[i], gpc, dnt);
    Object.keys(acc).forEach(function (c) { if (!gi[c]) { delete acc[c]; } });
  }
  return acc;
}

function enforceAttributes(sc, rule, now) {
  var a = rule.attributes;
  var life = lifetime(sc, now);
  var overCap = a.max_age_cap !== null && life !== null && life > a.max_age_cap;
  var out = [sc.pair];
  var capWritten = false;
  var declared = {
    secure: a.secure !== null, httponly: a.http_only !== null, samesite: a.same_site !== null,
    path: a.path !== null, domain: a.domain !== null, partitioned: a.partitioned !== null
  };
  sc.attrs.forEach(function (at) {
    var replaced = declared[at.key] === true;
    if (at.key === 'max-age' || at.key === 'expires') {
      if (a.session) {
        replaced = true;
      } else if (overCap) {
        if (!capWritten) {
          out.push('Max-Age=' + a.max_age_cap);
          capWritten = true;
        }
        replaced = true;
      }
    }
    if (!replaced) {
      out.push(at.text);
    }
  });
  if (a.path !== null) { out.push('Path=' + a.path); }
  if (a.domain !== null) { out.push('Domain=' + a.domain); }
  if (a.secure === true) { out.push('Secure'); }
  if (a.http_only === true) { out.push('HttpOnly'); }
  if (a.same_site !== null) { out.push('SameSite=' + a.same_site); }
  if (a.partitioned === true) { out.push('Partitioned'); }
  if (a.max_age_cap !== null && life === null && !a.session) {
    out.push('Max-Age=' + a.max_age_cap);
  }
  return out.join('; ');
}

function requestCookies(header) {
  var out = [];
  (header || '').split(';').forEach(function (p) {
    var e = p.indexOf('=');
    if (e >= 0) {
      out.push([p.slice(0, e).trim(), p.slice(e + 1).trim()]);
    }
  });
  return out;
}

function apply(cookies, region, gpc, dnt, setCookie, now) {
  var g = granted(cookies, region, gpc, dnt);
  var allowed = function (r) { return r.required || g[r.category] === true; };
  var out = [];
  setCookie.forEach(function (line) {
    if (forbidden(line)) {
      return;
    }
    var sc = parseSetCookie(line);
    var life = lifetime(sc, now);
    var deletion = life !== null && life <= 0;
    var r = ruleFor(sc.name);
    if (r === null) {
      if (RULES.undeclared !== 'strip' || deletion) {
        out.push(line);
      }
    } else if (deletion) {
      out.push(line);
    } else if (allowed(r)) {
      out.push(enforceAttributes(sc, r, now));
    }
  });
  var seen = {};
  cookies.forEach(function (c) {
    var name = c[0];
    if (!isToken(name) || seen[name]) {
      return;
    }
    seen[name] = true;
    var r = ruleFor(name);
    if (r === null || allowed(r) || r.when_not_consented === null) {
      return;
    }
    r.when_not_consented.expire.forEach(function (l) { out.push(l); });
    if (r.when_not_consented.expire_template) {
      out.push(r.when_not_consented.expire_template.split('{name}').join(name));
    }
  });
  return out;
}

function header(r, name) {
  var v = r.headersIn[name];
  return typeof v === 'string' ? v : '';
}

// The header filter: `js_header_filter <import>.filter;`.
function filter(r) {
  var sent = r.headersOut['Set-Cookie'];
  sent = Array.isArray(sent) ? sent : (typeof sent === 'string' && sent !== '' ? [sent] : []);
  var cookies = requestCookies(header(r, 'Cookie'));
  var country = r.variables.cookiec_country || '';
  var subdivision = r.variables.cookiec_subdivision || '';
  var gpc = header(r, RULES.consent.gpc.header).trim() === RULES.consent.gpc.value;
  var dnt = header(r, RULES.consent.dnt.header).trim() === RULES.consent.dnt.value;
  var now = Math.floor(Date.now() / 1000);
  var out = apply(cookies, regionOf(country, subdivision), gpc, dnt, sent, now);
  if (out.length === sent.length && out.every(function (l, i) { return l === sent[i]; })) {
    return;
  }
  r.headersOut['Set-Cookie'] = out;
}

export default { filter: filter, apply: apply, regionOf: regionOf };
