//! The `Expires` date algorithm of RFC 6265bis §5.1.1, as browsers run it:
//! tokens split on delimiters, the first time, day, month and year found
//! win, two-digit years are mapped to 1970–2069, anything invalid makes the
//! attribute ignored. Hand-written because the capping decision must agree
//! with what a browser honours, and the `cookie` crate's parser (strict
//! formats through `time`) treats many dates browsers accept as a session
//! cookie.

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

fn is_delimiter(b: u8) -> bool {
    b == 0x09
        || (0x20..=0x2f).contains(&b)
        || (0x3b..=0x40).contains(&b)
        || (0x5b..=0x60).contains(&b)
        || (0x7b..=0x7e).contains(&b)
}

/// `min..=max` leading digits, then the end or a non-digit.
fn leading_digits(tok: &[u8], min: usize, max: usize) -> Option<(u32, &[u8])> {
    let n = tok.iter().take_while(|b| b.is_ascii_digit()).count();
    if n < min || n > max {
        return None;
    }
    let v = tok[..n]
        .iter()
        .fold(0u32, |acc, b| acc * 10 + u32::from(b - b'0'));
    Some((v, &tok[n..]))
}

/// `hms-time = time-field ":" time-field ":" time-field` (+ any non-digit
/// suffix), each field 1–2 digits.
fn time(tok: &[u8]) -> Option<(u32, u32, u32)> {
    let (h, rest) = leading_digits(tok, 1, 2)?;
    let rest = rest.strip_prefix(b":")?;
    let (m, rest) = leading_digits(rest, 1, 2)?;
    let rest = rest.strip_prefix(b":")?;
    let (s, _) = leading_digits(rest, 1, 2)?;
    Some((h, m, s))
}

/// The Julian day number of 1970-01-01.
const UNIX_EPOCH_JULIAN_DAY: i64 = 2_440_588;

/// Days since 1970-01-01 of a calendar date, `None` when there is no such
/// day (30 February): the `time` crate knows the calendar.
fn days_since_epoch(year: u32, month: u32, day: u32) -> Option<i64> {
    let month = time::Month::try_from(u8::try_from(month).ok()?).ok()?;
    let date =
        time::Date::from_calendar_date(i32::try_from(year).ok()?, month, u8::try_from(day).ok()?)
            .ok()?;
    Some(i64::from(date.to_julian_day()) - UNIX_EPOCH_JULIAN_DAY)
}

/// Seconds since the Unix epoch of a cookie date, or `None` when a browser
/// would ignore the attribute.
pub fn parse(value: &str) -> Option<i64> {
    let (mut t, mut day, mut month, mut year) = (None, None, None, None);
    for tok in value.as_bytes().split(|b| is_delimiter(*b)) {
        if tok.is_empty() {
            continue;
        }
        if t.is_none() {
            if let Some(v) = time(tok) {
                t = Some(v);
                continue;
            }
        }
        if day.is_none() {
            if let Some((v, _)) = leading_digits(tok, 1, 2) {
                day = Some(v);
                continue;
            }
        }
        if month.is_none() && tok.len() >= 3 {
            let head = tok[..3].to_ascii_lowercase();
            if let Some(i) = MONTHS.iter().position(|m| m.as_bytes() == head.as_slice()) {
                month = Some(i as u32 + 1);
                continue;
            }
        }
        if year.is_none() {
            if let Some((v, _)) = leading_digits(tok, 2, 4) {
                year = Some(v);
                continue;
            }
        }
    }
    let (h, mi, s) = t?;
    let (day, month, mut year) = (day?, month?, year?);
    if (70..=99).contains(&year) {
        year += 1900;
    } else if year <= 69 {
        year += 2000;
    }
    if year < 1601 || h > 23 || mi > 59 || s > 59 {
        return None;
    }
    let days = days_since_epoch(year, month, day)?;
    Some(days * 86_400 + i64::from(h) * 3_600 + i64::from(mi) * 60 + i64::from(s))
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn browsers_dates() {
        assert_eq!(parse("Thu, 01 Jan 1970 00:00:00 GMT"), Some(0));
        assert_eq!(parse("Wed, 21 Oct 2015 07:28:00 GMT"), Some(1_445_412_480));
        // RFC 850 and asctime forms, odd casing, two-digit years.
        assert_eq!(
            parse("Wednesday, 21-Oct-15 07:28:00 GMT"),
            Some(1_445_412_480)
        );
        assert_eq!(parse("Wed Oct 21 07:28:00 2015"), Some(1_445_412_480));
        assert_eq!(
            parse("wed, 21 OCTOBER 2015 07:28:00 gmt"),
            Some(1_445_412_480)
        );
        assert_eq!(parse("Fri, 31 Dec 2099 23:59:59 GMT"), Some(4_102_444_799));
    }

    #[test]
    fn invalid_dates_are_ignored() {
        for d in [
            "",
            "tomorrow",
            "Wed, 30 Feb 2015 07:28:00 GMT",
            "Wed, 21 Oct 1600 07:28:00 GMT",
            "Wed, 21 Oct 2015 24:00:00 GMT",
            "Wed, 21 Oct 2015",
            "21 Oct 2015 07:28",
        ] {
            assert_eq!(parse(d), None, "{d}");
        }
    }
}
