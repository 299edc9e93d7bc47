# English wording of every sentence cookiec writes itself (the fallback for
# any language without its own file). Author text is passed in as
# arguments; see crates/cookiec-emit/src/lex/mod.rs for which arguments
# each message gets. `$kind` (the item kind: cookie, local-storage,
# session-storage, indexeddb, cache-storage, pixel, server-session, or
# provider) is passed wherever a language may need it for agreement.

## Dates

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
# $day and $year are numbers, $month the month's name.
date-day = { $day } { $month } { $year }
date-month = { $month } { $year }

## Durations ($n is a number; $case is the grammatical case a sentence
## asks for through its `.case` attribute, `nominative` by default)

unit-second =
    { $n ->
        [one] { $n } second
       *[other] { $n } seconds
    }
unit-minute =
    { $n ->
        [one] { $n } minute
       *[other] { $n } minutes
    }
unit-hour =
    { $n ->
        [one] { $n } hour
       *[other] { $n } hours
    }
unit-day =
    { $n ->
        [one] { $n } day
       *[other] { $n } days
    }
unit-week =
    { $n ->
        [one] { $n } week
       *[other] { $n } weeks
    }
unit-month =
    { $n ->
        [one] { $n } month
       *[other] { $n } months
    }
unit-year =
    { $n ->
        [one] { $n } year
       *[other] { $n } years
    }
# "1 year 6 months": two parts of one duration.
duration-and = { $a } { $b }

## Lifetimes (the lifetime column)

lifetime-not-specified = Not specified
lifetime-nothing-stored = Nothing stored
lifetime-session = Session
lifetime-session-configurable = Session (length set per deployment)
lifetime-until-cleared = Until cleared
lifetime-until-sign-out = Until you sign out or your session expires
# $on is the author's `renewed-on` text ("each page view").
lifetime-sliding-on = Renewed up to { $d } after { $on }
lifetime-sliding = { $d }, renewed on each visit
lifetime-configurable = Set per deployment; default { $d }
lifetime-configurable-sliding-on = Set per deployment; default { $d }, extended after { $on }
lifetime-configurable-sliding = Set per deployment; default { $d }, extended on activity

## Kinds of technology

kind-cookie = Cookie
kind-local-storage = Local storage
kind-session-storage = Session storage
kind-indexeddb = IndexedDB database
kind-cache-storage = Cache storage
kind-pixel = Pixel / web beacon
kind-server-session = Server-side session
kind-explained-cookie = cookies, small text files your browser stores and sends back to the site with each request
kind-explained-local-storage = local storage, which keeps data in your browser without an expiry date and does not send it to the server automatically
kind-explained-session-storage = session storage, which keeps data in one browser tab until you close it
kind-explained-indexeddb = IndexedDB, a database in your browser for larger structured data
kind-explained-cache-storage = cache storage (used by a service worker), which keeps copies of files so pages load faster and work offline
kind-explained-pixel = web beacons (pixels, tags), tiny requests that tell a server a page or e-mail was viewed
kind-explained-server-session = server-side sessions, data kept on our servers and linked to your browser by a cookie

## Consent per region

consent-mode-required = always active (strictly necessary, no consent needed)
consent-mode-opt-in = used only after you opt in
consent-mode-opt-out = active unless you opt out
consent-mode-notice = active; you are informed by this notice
# One region's rule in the consent line: "in California: active unless you opt out".
consent-in-region = { $region }: { $mode }
# Two regions' rules: "in California: …; everywhere else: …".
consent-and = { $a }; { $b }
region-default = everywhere else
region-eu = in the European Union
region-eea = in the European Economic Area
region-uk = in the United Kingdom
region-ch = in Switzerland
region-fr = in France
region-de = in Germany
region-it = in Italy
region-es = in Spain
region-nl = in the Netherlands
region-us = in the United States
region-us-ca = in California
region-us-co = in Colorado
region-us-ct = in Connecticut
region-us-va = in Virginia
region-br = in Brazil
region-ca = in Canada
region-za = in South Africa
region-au = in Australia
region-jp = in Japan
region-in = in India

## Commitments, change notices, ways to withdraw, provider roles

commitment-no-sale = We do not sell your personal data.
commitment-no-sharing = We do not share your personal data for cross-context behavioural advertising.
commitment-no-advertising-profiles = We do not use cookies to build advertising profiles.
commitment-no-cross-site-tracking = We do not track you across other websites.
commitment-no-targeted-advertising = We do not deliver targeted advertising.
commitment-no-ad-exchanges = We do not participate in advertising exchanges.
commitment-no-external-analytics = We do not use external analytics services.
commitment-no-third-party-advertising = We do not deploy third-party advertising cookies.
commitment-no-tracking-or-marketing = We do not use cookies for tracking or marketing purposes.
change-posted-on-page = The current version is always posted on this page.
change-updated-date = When we change it, the “last updated” date at the top changes.
change-email = We tell you about material changes by e-mail.
change-banner = We show a notice on the site when the policy changes materially.
change-effective-on-posting = Changes are effective when they are posted on this page.
withdraw-footer-link = the “Cookie settings” link in the footer of every page
withdraw-banner = the cookie banner, which you can reopen at any time
withdraw-settings-page = the privacy settings page of your account
withdraw-browser-only = your browser settings (delete the cookies and site data for this site)
role-payments = payments
role-analytics = analytics
role-error-reporting = error reporting
role-fonts = web fonts
role-identity = identity and sign-in
role-hosting = hosting
role-cdn = content delivery
role-advertising = advertising
role-support = customer support
role-maps = maps
role-video = video
role-integrations = integrations
role-other = other services

## The policy: heading and introduction

# $service is the policy's service name.
policy-title = { $service } Cookie Policy
first-party = { $service } (first party)
# A bold label before a value: "Last updated: 4 May 2026".
label = { $label }:
last-updated = Last updated
effective = Effective
reference = Reference
# $site is a link.
intro-site = This Cookie Policy explains how { $service } uses cookies and similar technologies when you visit { $site }, what they do, and how you can manage them.
intro-no-site = This Cookie Policy explains how { $service } uses cookies and similar technologies when you visit our website or use our service, what they do, and how you can manage them.
operated-by = { $service } is operated by { $controller }.
# $link is a link labelled with `privacy-policy`.
read-with = It should be read together with our { $link }.
privacy-policy = Privacy Policy

## What cookies are

h-what = What cookies and similar technologies are
what = Cookies are small text files that a website places on your device when you visit it. Session cookies are deleted when you close your browser; persistent cookies remain until they expire or you delete them. First-party cookies are set by us, third-party cookies by another provider.
besides = Besides cookies, we use:

## Categories

h-categories = How we use cookies
no-categories = We do not use cookies or similar technologies.
may-use-category = We may use technologies of this category; they are not necessarily in use at all times.
consent = Consent
purposes = Purposes
if-blocked = If you block them
never-contain = They never contain
h-not-used = Categories we do not use
# $title is the category's title (in bold).
category-not-used = { $title }: not used.

## The items table

# After a name pattern; $prefix is the pattern's fixed start.
prefix-note = (every name starting with “{ $prefix }”)
regex-note = (names matching this pattern)
# $what is the author's `contains` text.
unnamed = Unnamed entries. Contents: { $what }
# After the name of an item or provider the site only may use.
may-be-used = (may be used)
# $when is the author's `when` text ("only when signed in").
item-set-when = Set { $when }
item-contains = Contains: { $what }
item-never-contains = Never contains: { $what }
item-keyed-by = Linked to your browser by the cookie { $cookie }
item-not-sent = Not sent to our servers
item-sent = Sent to our servers
item-stays = Stays on your device
item-read-by-script = Read by our scripts
item-attributes = Attributes: { $list }
item-domain = Domain: { $domain }
item-path = Path: { $path }
h-items = Cookies and similar technologies we use
no-items = We do not set any cookies or store any data on your device.
items-intro = This table lists every cookie and storage item set on your device through this site.
items-caption = Cookies and storage items
column-name = Name
column-kind = Type
column-category = Category
column-provider = Provider
column-purpose = Purpose
column-lifetime = Lifetime
column-details = Details

## Third parties

h-third = Third parties
no-third = No third party sets cookies or similar technologies through this site.
third-intro = These providers help us run the service. Where they set their own cookies, their use is governed by their own privacy policies.
# After a provider that stands for any provider of its kind.
any-provider = (any provider of this kind)
yes = Yes
not-stated = Not stated
not-published = Not published
third-may-intro = Providers marked “may be used” are not loaded on every visit: the site may load resources from them, and they may then set their own cookies.
# The own-cookies cell of a provider the site only may use.
may = Possibly
third-caption = Third-party providers
third-column-provider = Provider
third-column-role = What they do
third-column-own-cookies = Set their own cookies
third-column-privacy = Privacy policy

## Commitments and signals

h-commitments = What we do not do
h-signals = Global Privacy Control and Do Not Track
gpc-honour = We honour Global Privacy Control (GPC). When your browser sends the GPC signal, we treat it as a refusal of every category that is not strictly necessary, including where those cookies would otherwise be active until you opt out.
gpc-ignore = We do not currently respond to Global Privacy Control (GPC) signals.
dnt-honour = We honour Do Not Track (DNT). When your browser sends it, we do not use cookies that are not strictly necessary unless you explicitly allow them.
dnt-ignore = Some browsers send a Do Not Track (DNT) signal. There is no industry-agreed standard for responding to it, so we do not currently respond to such signals.
# `gpc sale-sharing`. $categories: the categories that count as a sale, a sharing or targeted advertising, each with `sold-category`.
gpc-sale-sharing = We honour Global Privacy Control (GPC) as a request to opt out of the sale and sharing of your personal information and of targeted advertising: when your browser sends the GPC signal, we do not use these cookies: { $categories }.
dnt-sale-sharing = We honour Do Not Track (DNT) as a request to opt out of the sale and sharing of your personal information and of targeted advertising: when your browser sends it, we do not use these cookies: { $categories }.
# Before a list of `in-region` lines, when the response differs per region.
gpc-by-region = How we respond to Global Privacy Control (GPC) depends on where you are:
dnt-by-region = How we respond to Do Not Track (DNT) depends on where you are:
# One line of a per-region list: "in California: We honour …". $region is a `region-*` word.
in-region = { $region }: { $text }
# When the banner shows that an opt-out signal was honoured (California).
signal-shown = When we detect an opt-out preference signal that we honour, the cookie banner shows that your opt-out request has been honoured.
# "Advertising (sale, sharing)".
sold-category = { $category } ({ $uses })
use-sale = sale
use-sharing = sharing
use-targeted-advertising = targeted advertising

## US state privacy rights

h-us-privacy = Your US state privacy rights
us-intro = Some US state privacy laws (such as those of California, Colorado, Connecticut and Virginia) give you the right to opt out of the sale or sharing of your personal information and of its use for targeted advertising.
us-not-sold = We do not sell or share personal information, or use it for targeted advertising, through cookies or similar technologies.
us-sold = Through cookies and similar technologies, we sell or share personal information, or use it for targeted advertising, in these categories:
# Per state, after `in-region`. $mode is a `consent-mode-*` phrase.
us-state-mode = these cookies are { $mode };
us-gpc-honoured = a Global Privacy Control signal is treated as a request to opt out.
us-gpc-ignored = Global Privacy Control signals are not treated as a request to opt out.
us-opt-out-settings = To opt out, use the cookie settings, which you can open on every page.
# $link is the link's label (a link or bold text).
us-opt-out-link = To opt out, use the { $link } link at the foot of every page.
link-do-not-sell-or-share = Do Not Sell or Share My Personal Information
link-do-not-sell = Do Not Sell My Personal Information
link-your-privacy-choices = Your Privacy Choices
link-limit-sensitive = Limit the Use of My Sensitive Personal Information

## Managing cookies

h-manage = Managing cookies
banner = Where consent is required, we show a cookie banner that lets you accept or decline cookies that are not strictly necessary.
# `acknowledge-required`, every category in use strictly necessary.
banner-acknowledge = We use only strictly necessary cookies; when you first visit, a cookie banner asks you to accept them.
# `acknowledge-required`, with categories the visitor may decline.
banner-acknowledge-choose = When you first visit, a cookie banner asks you to accept the strictly necessary cookies and lets you accept or decline those that are not strictly necessary.
reject-all = Declining is as easy as accepting: the banner offers both choices with equal prominence.
# $ways: the ways to withdraw, joined with `withdraw-or`.
withdraw-sentence = You can change your choice or withdraw your consent at any time through { $ways }.
withdraw-or = { $a }, or through { $b }
# $cookie is a code span.
record = We store your choice in a cookie named { $cookie }.
record-for = We store your choice in a cookie named { $cookie } for { $d }.
renew-after = We ask for your consent again after { $d }.
renew-on-change = We ask for your consent again whenever this policy changes materially.
renew-both = We ask for your consent again after { $d } and whenever this policy changes materially.
reprompt = If you decline, we do not ask again for at least { $d }.
# Before a list of `renew-in-region` lines.
renew-by-region = How long your consent lasts before we ask again depends on where you are:
renew-by-region-and-change = We ask for your consent again whenever this policy changes materially, and after a period that depends on where you are:
# "in France: after 6 months".
renew-in-region = { $region }: after { $d }
reprompt-by-region = If you decline, we do not ask again for at least:
reprompt-in-region = { $region }: { $d }
browser-settings = You can also control cookies through your browser settings: you can block them, delete them, or be warned before one is set. Local storage and other site data are cleared with the same settings (“Clear browsing data” or similar).
block-required = If you block strictly necessary cookies, parts of the site may not work.
browser-help = How to manage cookies in your browser:
learn-more = To find out more about cookies, visit:

## Changes and contact

h-changes = Changes to this policy
changes = We may update this Cookie Policy from time to time, for example when we start using new cookies.
h-contact = Contact
contact = If you have questions about our use of cookies, please contact:
# $email is a link.
contact-email = Email: { $email }
# $website is a link.
contact-website = Website: { $website }
# Label of the table of contents of the HTML page.
contents = Contents

## The consent banner (vanilla-cookieconsent)

cc-title = We use cookies
cc-description = We use cookies that are strictly necessary for the site to work and, with your consent, others. You can accept them, decline them or choose per category, and change your choice at any time.
cc-accept-all = Accept all
# Banner text and button when there is nothing to decline
# (`acknowledge-required`, only strictly necessary cookies).
cc-acknowledge-description = We use only cookies that are strictly necessary for the site to work. Please accept their use.
cc-accept = Accept
cc-reject-all = Reject all
cc-manage = Manage preferences
cc-save = Save preferences
cc-close = Close
cc-prefs-title = Cookie preferences
cc-prefs-intro = Choose which categories of cookies and similar technologies we may use. Strictly necessary ones are always on.
cc-policy-link = Cookie Policy
# Shown in the banner when an honoured opt-out preference signal (GPC) was detected (CCPA regulations §7025(c)(6)).
cc-opt-out-honoured = Opt-Out Request Honored
# Purpose of cookiec's own consent record, disclosed automatically when
# cookiec supplies the banner.
record-item-purpose = Stores your cookie choices (the categories you accepted and the version of this policy you answered), so we do not ask again on every page.

## Legal basis, settings link, lifetimes, values and name patterns

# Label of a category's `legal-basis` / `legal-provision` line.
legal-basis = Legal basis
legal-basis-consent = your consent
legal-basis-contract = the performance of a contract with you
legal-basis-legal-obligation = a legal obligation we are subject to
legal-basis-vital-interests = the protection of vital interests
legal-basis-public-task = a task carried out in the public interest
legal-basis-legitimate-interests = our legitimate interests
# $basis: one of the above; $provision: the author's citation.
legal-basis-with-provision = { $basis } ({ $provision })
# `withdraw [footer-link]` with `settings-link`: $label is the site's own label.
withdraw-footer-link-named = the “{ $label }” link in the footer of every page
# `lifetime at-most 30 days`.
lifetime-at-most = Up to { $d }
# `lifetime sliding 2 minutes` with `renewed-every 30 seconds`.
lifetime-sliding-every = { $d } after your last activity, renewed every { $every }
# An item's `value`.
item-value = Value: { $what }
# A glob with a leading `*` (`"*_key"`).
glob-suffix-note = (every name ending in “{ $suffix }”)
# Any other glob with a `*` that is not only at the end.
glob-note = (names matching this pattern, where * stands for any characters)
# `cookie-wall wall` / `cookie-wall consent-or-pay`.
cookie-wall-wall = You can use this site only after accepting the cookies that are not strictly necessary.
cookie-wall-consent-or-pay = If you decline the cookies that are not strictly necessary, you can use this site through a paid option instead.

## Issue 13: self-hosted tools, providers acting for another, and cookies
## a third party sets on its own domain

# Provider column of the items table: a tool the site runs on its own servers.
self-hosted-name = { $name } (self-hosted)
# Third-party section, one paragraph per self-hosted tool.
self-hosted-note = { $name } runs on our own servers: the data collected with it stays with us and is not passed on to any third party.
# Own-cookies cell of a provider declared `sets-own-cookies no`.
third-own-no = No
# Own-cookies cell of a provider whose items the items table lists.
third-own-listed = Yes, those listed above
# "What they do" cell: $provider is the name of the provider it works for.
third-on-behalf-of = Acts on behalf of { $provider }.
# Details of an item set on the provider's own domain; $domain is a host name.
item-third-party-domain = { $provider } sets this cookie on its own domain and alone controls it: we can neither read nor delete it. To remove it, delete the cookies of { $domain } in your browser settings.

## Issue 13: items declared exempt from consent (`exempt <ground>`)

# Details of an item with `exempt`: $ground is one of the exempt-ground-* texts.
item-exempt = No consent needed: { $ground }
# `exempt statistics`: the UK exception only (PECR Sch. A1, as amended in 2025).
item-exempt-statistics = No consent needed in the UK: first-party statistics to improve our site, to which you can object at any time (exception for statistical purposes)
exempt-ground-user-input = remembers what you entered or chose in a form (user input)
exempt-ground-authentication = keeps you signed in (authentication)
exempt-ground-security = protects the site and your account against abuse (security)
exempt-ground-load-balancing = sends your requests to the same server (load balancing)
exempt-ground-ui-customisation = stores a display preference you chose (user-interface customisation)
exempt-ground-consent-record = stores your consent choice (record of consent)

## Issue 13: examples on a negative commitment

# `no-external-analytics` with `external-analytics-examples`: $examples is a list of service names.
commitment-no-external-analytics-such-as = We do not use external analytics services such as { $examples }.
# Names joined: $a is "A, B", $b the last name.
list-or = { $a } or { $b }
