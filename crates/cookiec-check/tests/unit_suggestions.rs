//! A misspelt time unit is suggested in the number its amount asks for.
#![allow(clippy::unwrap_used)]

fn suggestion(lifetime: &str) -> String {
    let src = format!(
        "policy \"X\" {{\n}}\ncategory e {{\n  title \"E\"\n  consent required\n}}\ncookie \"a\" {{\n  category e\n  purpose \"A\"\n  lifetime {lifetime}\n}}\n"
    );
    let checked = cookiec_check::check_source(&src);
    let d = checked
        .diagnostics
        .iter()
        .find(|d| d.code == "E217")
        .unwrap();
    let fixed = cookiec_check::apply_fixes(&src, std::slice::from_ref(d), true);
    let start = fixed.find("lifetime ").unwrap() + "lifetime ".len();
    fixed[start..].lines().next().unwrap().to_string()
}

#[test]
fn plural_amounts_get_plural_units() {
    assert_eq!(suggestion("7 dayz"), "7 days");
    assert_eq!(suggestion("13 monts"), "13 months");
}

#[test]
fn an_amount_of_one_gets_the_singular() {
    assert_eq!(suggestion("1 weekz"), "1 week");
    assert_eq!(suggestion("1 yaer"), "1 year");
}
