//! `granted RULES_FILE COOKIE_HEADER [COUNTRY]`: the categories the
//! reference enforcement grants for a request carrying that `Cookie`
//! header, as a JSON array. The browser suite feeds it the record the real
//! vanilla-cookieconsent wrote.

use cookiec_enforce::{load, region, request_cookies, Enforcer, Request};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(path), Some(cookie)) = (args.first(), args.get(1)) else {
        eprintln!("usage: granted RULES_FILE COOKIE_HEADER [COUNTRY]");
        std::process::exit(2);
    };
    let rules = match load::from_path(path) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    let e = Enforcer::new(rules);
    let req = Request {
        cookies: request_cookies([cookie.as_str()]),
        region: region::resolve(
            |r| e.declares_region(r),
            args.get(2).map(String::as_str),
            None,
        ),
        ..Request::default()
    };
    let granted: Vec<String> = e.granted(&req).into_iter().collect();
    println!("{}", serde_json::Value::from(granted));
}
