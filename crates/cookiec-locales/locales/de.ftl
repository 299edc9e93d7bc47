# Deutsche Fassung aller Sätze, die cookiec selbst schreibt. Welche
# Argumente eine Nachricht bekommt, steht in en.ftl.
#
# Dauern: `unit-*` wählen nach `$case`; ein Satz, der den Dativ verlangt
# („bis zu 13 Monaten“), sagt das mit dem Attribut `.case = dative`.

## Dates

month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
date-day = { $day }. { $month } { $year }
date-month = { $month } { $year }

## Durations ($n is a number; $case is the grammatical case a sentence
## asks for through its `.case` attribute, `nominative` by default)

unit-second =
    { $case ->
        [dative]
            { $n ->
                [one] { $n } Sekunde
               *[other] { $n } Sekunden
            }
       *[nominative]
            { $n ->
                [one] { $n } Sekunde
               *[other] { $n } Sekunden
            }
    }
unit-minute =
    { $case ->
        [dative]
            { $n ->
                [one] { $n } Minute
               *[other] { $n } Minuten
            }
       *[nominative]
            { $n ->
                [one] { $n } Minute
               *[other] { $n } Minuten
            }
    }
unit-hour =
    { $case ->
        [dative]
            { $n ->
                [one] { $n } Stunde
               *[other] { $n } Stunden
            }
       *[nominative]
            { $n ->
                [one] { $n } Stunde
               *[other] { $n } Stunden
            }
    }
unit-day =
    { $case ->
        [dative]
            { $n ->
                [one] { $n } Tag
               *[other] { $n } Tagen
            }
       *[nominative]
            { $n ->
                [one] { $n } Tag
               *[other] { $n } Tage
            }
    }
unit-week =
    { $case ->
        [dative]
            { $n ->
                [one] { $n } Woche
               *[other] { $n } Wochen
            }
       *[nominative]
            { $n ->
                [one] { $n } Woche
               *[other] { $n } Wochen
            }
    }
unit-month =
    { $case ->
        [dative]
            { $n ->
                [one] { $n } Monat
               *[other] { $n } Monaten
            }
       *[nominative]
            { $n ->
                [one] { $n } Monat
               *[other] { $n } Monate
            }
    }
unit-year =
    { $case ->
        [dative]
            { $n ->
                [one] { $n } Jahr
               *[other] { $n } Jahren
            }
       *[nominative]
            { $n ->
                [one] { $n } Jahr
               *[other] { $n } Jahre
            }
    }
duration-and = { $a } und { $b }

## Lifetimes (the lifetime column)

lifetime-not-specified = Nicht angegeben
lifetime-nothing-stored = Nichts gespeichert
lifetime-session = Sitzung
lifetime-session-configurable = Sitzung (die Dauer wird je Installation festgelegt)
lifetime-until-cleared = Bis zur Löschung
lifetime-until-sign-out = Bis Sie sich abmelden oder Ihre Sitzung abläuft
lifetime-sliding-on = Bis zu { $d }, bei { $on } verlängert
    .case = dative
lifetime-sliding = { $d }, bei jedem Besuch verlängert
lifetime-configurable = Wird je Installation festgelegt; standardmäßig { $d }
lifetime-configurable-sliding-on = Wird je Installation festgelegt; standardmäßig { $d }, bei { $on } verlängert
lifetime-configurable-sliding = Wird je Installation festgelegt; standardmäßig { $d }, bei jeder Aktivität verlängert

## Kinds of technology

kind-cookie = Cookie
kind-local-storage = Local Storage
kind-session-storage = Session Storage
kind-indexeddb = IndexedDB-Datenbank
kind-cache-storage = Cache Storage
kind-pixel = Pixel / Web-Beacon
kind-server-session = Serverseitige Sitzung
kind-explained-cookie = Cookies, kleine Textdateien, die Ihr Browser speichert und bei jeder Anfrage an die Website zurücksendet
kind-explained-local-storage = Local Storage, der Daten ohne Ablaufdatum in Ihrem Browser speichert und sie nicht automatisch an den Server sendet
kind-explained-session-storage = Session Storage, der Daten in einem Browser-Tab speichert, bis Sie ihn schließen
kind-explained-indexeddb = IndexedDB, eine Datenbank in Ihrem Browser für größere strukturierte Daten
kind-explained-cache-storage = Cache Storage (von einem Service Worker genutzt), der Kopien von Dateien speichert, damit Seiten schneller laden und offline funktionieren
kind-explained-pixel = Web-Beacons (Pixel, Tags), winzige Anfragen, die einem Server mitteilen, dass eine Seite oder E-Mail angesehen wurde
kind-explained-server-session = serverseitige Sitzungen, Daten auf unseren Servern, die über ein Cookie mit Ihrem Browser verknüpft sind

## Consent per region

consent-mode-required = immer aktiv (unbedingt erforderlich, keine Einwilligung nötig)
consent-mode-opt-in = nur nach Ihrer Einwilligung aktiv
consent-mode-opt-out = aktiv, solange Sie nicht widersprechen
consent-mode-notice = aktiv; wir informieren Sie mit diesem Hinweis darüber
consent-in-region = { $region }: { $mode }
consent-and = { $a }; { $b }
region-default = überall sonst
region-eu = in der Europäischen Union
region-eea = im Europäischen Wirtschaftsraum
region-uk = im Vereinigten Königreich
region-ch = in der Schweiz
region-fr = in Frankreich
region-de = in Deutschland
region-it = in Italien
region-es = in Spanien
region-nl = in den Niederlanden
region-us = in den Vereinigten Staaten
region-us-ca = in Kalifornien
region-us-co = in Colorado
region-us-ct = in Connecticut
region-us-va = in Virginia
region-br = in Brasilien
region-ca = in Kanada
region-za = in Südafrika
region-au = in Australien
region-jp = in Japan
region-in = in Indien

## Commitments, change notices, ways to withdraw, provider roles

commitment-no-sale = Wir verkaufen Ihre personenbezogenen Daten nicht.
commitment-no-sharing = Wir geben Ihre personenbezogenen Daten nicht für kontextübergreifende verhaltensbasierte Werbung weiter.
commitment-no-advertising-profiles = Wir verwenden Cookies nicht, um Werbeprofile zu erstellen.
commitment-no-cross-site-tracking = Wir verfolgen Sie nicht über andere Websites hinweg.
commitment-no-targeted-advertising = Wir zeigen keine zielgerichtete Werbung.
commitment-no-ad-exchanges = Wir nehmen nicht an Werbebörsen teil.
commitment-no-external-analytics = Wir nutzen keine externen Analysedienste.
commitment-no-third-party-advertising = Wir setzen keine Werbe-Cookies von Drittanbietern ein.
commitment-no-tracking-or-marketing = Wir verwenden Cookies nicht für Tracking oder Marketing.
change-posted-on-page = Die aktuelle Fassung finden Sie immer auf dieser Seite.
change-updated-date = Wenn wir sie ändern, ändert sich das Datum „Zuletzt aktualisiert“ oben.
change-email = Über wesentliche Änderungen informieren wir Sie per E-Mail.
change-banner = Bei wesentlichen Änderungen zeigen wir einen Hinweis auf der Website.
change-effective-on-posting = Änderungen gelten ab ihrer Veröffentlichung auf dieser Seite.
withdraw-footer-link = den Link „Cookie-Einstellungen“ in der Fußzeile jeder Seite
withdraw-banner = das Cookie-Banner, das Sie jederzeit wieder öffnen können
withdraw-settings-page = die Datenschutzeinstellungen Ihres Kontos
withdraw-browser-only = Ihre Browsereinstellungen (löschen Sie die Cookies und Websitedaten dieser Website)
role-payments = Zahlungen
role-analytics = Analyse
role-error-reporting = Fehlerberichte
role-fonts = Webschriften
role-identity = Identität und Anmeldung
role-hosting = Hosting
role-cdn = Content Delivery
role-advertising = Werbung
role-support = Kundensupport
role-maps = Karten
role-video = Video
role-integrations = Integrationen
role-other = sonstige Dienste

## The policy: heading and introduction

policy-title = Cookie-Richtlinie von { $service }
first-party = { $service } (Erstanbieter)
label = { $label }:
last-updated = Zuletzt aktualisiert
effective = Gültig ab
reference = Referenz
intro-site = Diese Cookie-Richtlinie erklärt, wie { $service } Cookies und ähnliche Technologien verwendet, wenn Sie { $site } besuchen, was sie tun und wie Sie sie verwalten können.
intro-no-site = Diese Cookie-Richtlinie erklärt, wie { $service } Cookies und ähnliche Technologien auf unserer Website und in unserem Dienst verwendet, was sie tun und wie Sie sie verwalten können.
operated-by = Betreiber von { $service }: { $controller }.
read-with = Bitte lesen Sie sie zusammen mit unserer { $link }.
privacy-policy = Datenschutzerklärung

## What cookies are

h-what = Was Cookies und ähnliche Technologien sind
what = Cookies sind kleine Textdateien, die eine Website beim Besuch auf Ihrem Gerät ablegt. Sitzungs-Cookies werden gelöscht, wenn Sie Ihren Browser schließen; dauerhafte Cookies bleiben, bis sie ablaufen oder Sie sie löschen. Erstanbieter-Cookies setzen wir selbst, Drittanbieter-Cookies ein anderer Anbieter.
besides = Neben Cookies verwenden wir:

## Categories

h-categories = Wie wir Cookies verwenden
no-categories = Wir verwenden keine Cookies oder ähnlichen Technologien.
may-use-category = Technologien dieser Kategorie setzen wir möglicherweise ein; sie sind nicht bei jedem Besuch aktiv.
consent = Einwilligung
purposes = Zwecke
if-blocked = Wenn Sie sie blockieren
never-contain = Sie enthalten nie
h-not-used = Kategorien, die wir nicht verwenden
category-not-used = { $title }: nicht verwendet.

## The items table

prefix-note = (jeder Name, der mit „{ $prefix }“ beginnt)
regex-note = (Namen, die diesem Muster entsprechen)
unnamed = Einträge ohne Namen. Inhalt: { $what }
may-be-used = (kann verwendet werden)
item-set-when =
    { $kind ->
        [cookie] Wird gesetzt
        [pixel] Wird geladen
        [server-session] Wird angelegt
       *[other] Wird gespeichert
    }: { $when }
item-contains = Enthält: { $what }
item-never-contains = Enthält nie: { $what }
item-keyed-by = Über das Cookie { $cookie } mit Ihrem Browser verknüpft
item-not-sent = Wird nicht an unsere Server gesendet
item-sent = Wird an unsere Server gesendet
item-stays = Bleibt auf Ihrem Gerät
item-read-by-script = Wird von unseren Skripten gelesen
item-attributes = Attribute: { $list }
item-domain = Domain: { $domain }
item-path = Pfad: { $path }
h-items = Cookies und ähnliche Technologien, die wir verwenden
no-items = Wir setzen keine Cookies und speichern keine Daten auf Ihrem Gerät.
items-intro = Diese Tabelle führt alle Cookies und Speichereinträge auf, die diese Website auf Ihrem Gerät anlegt.
items-caption = Cookies und Speichereinträge
column-name = Name
column-kind = Art
column-category = Kategorie
column-provider = Anbieter
column-purpose = Zweck
column-lifetime = Speicherdauer
column-details = Details

## Third parties

h-third = Drittanbieter
no-third = Kein Drittanbieter setzt über diese Website Cookies oder ähnliche Technologien.
third-intro = Diese Anbieter helfen uns, den Dienst zu betreiben. Setzen sie eigene Cookies, gelten dafür ihre eigenen Datenschutzerklärungen.
any-provider = (jeder Anbieter dieser Art)
yes = Ja
not-stated = Nicht angegeben
not-published = Nicht veröffentlicht
third-may-intro = Anbieter, die als „kann verwendet werden“ gekennzeichnet sind, werden nicht bei jedem Besuch eingebunden: Die Website kann Inhalte von ihnen laden, und diese Anbieter können dann eigene Cookies setzen.
may = Möglicherweise
third-caption = Drittanbieter
third-column-provider = Anbieter
third-column-role = Aufgabe
third-column-own-cookies = Setzt eigene Cookies
third-column-privacy = Datenschutzerklärung

## Commitments and signals

h-commitments = Was wir nicht tun
h-signals = Global Privacy Control und Do Not Track
gpc-honour = Wir beachten Global Privacy Control (GPC). Sendet Ihr Browser das GPC-Signal, werten wir das als Ablehnung aller Kategorien, die nicht unbedingt erforderlich sind – auch dort, wo diese sonst aktiv wären, solange Sie nicht widersprechen.
gpc-ignore = Auf Global-Privacy-Control-Signale (GPC) reagieren wir derzeit nicht.
dnt-honour = Wir beachten Do Not Track (DNT). Sendet Ihr Browser dieses Signal, verwenden wir nur unbedingt erforderliche Cookies, es sei denn, Sie erlauben weitere ausdrücklich.
dnt-ignore = Manche Browser senden ein Do-Not-Track-Signal (DNT). Da es keinen anerkannten Standard dafür gibt, wie darauf zu reagieren ist, reagieren wir derzeit nicht auf solche Signale.
# `gpc sale-sharing`. $categories: the categories that count as a sale, a sharing or targeted advertising, each with `sold-category`.
gpc-sale-sharing = Ein Global-Privacy-Control-Signal (GPC) werten wir als Widerspruch gegen den Verkauf und die Weitergabe Ihrer personenbezogenen Daten sowie gegen zielgerichtete Werbung: Sendet Ihr Browser es, verwenden wir die Cookies dieser Kategorien nicht: { $categories }.
dnt-sale-sharing = Ein Do-Not-Track-Signal (DNT) werten wir als Widerspruch gegen den Verkauf und die Weitergabe Ihrer personenbezogenen Daten sowie gegen zielgerichtete Werbung: Sendet Ihr Browser es, verwenden wir die Cookies dieser Kategorien nicht: { $categories }.
# Before a list of `in-region` lines, when the response differs per region.
gpc-by-region = Wie wir auf Global Privacy Control (GPC) reagieren, hängt davon ab, wo Sie sich befinden:
dnt-by-region = Wie wir auf Do Not Track (DNT) reagieren, hängt davon ab, wo Sie sich befinden:
# One line of a per-region list: "in California: We honour …". $region is a `region-*` word.
in-region = { $region }: { $text }
# When the banner shows that an opt-out signal was honoured (California).
signal-shown = Erkennen wir ein Opt-out-Signal, das wir beachten, zeigt das Cookie-Banner „Opt-out-Anfrage berücksichtigt“ an.
# "Advertising (sale, sharing)".
sold-category = { $category } ({ $uses })
use-sale = Verkauf
use-sharing = Weitergabe
use-targeted-advertising = zielgerichtete Werbung

## US state privacy rights

h-us-privacy = Ihre Datenschutzrechte nach den Gesetzen der US-Bundesstaaten
us-intro = Einige Datenschutzgesetze von US-Bundesstaaten (etwa die von Kalifornien, Colorado, Connecticut und Virginia) geben Ihnen das Recht, dem Verkauf oder der Weitergabe Ihrer personenbezogenen Daten und ihrer Verwendung für zielgerichtete Werbung zu widersprechen.
us-not-sold = Über Cookies oder ähnliche Technologien verkaufen wir keine personenbezogenen Daten, geben sie nicht weiter und verwenden sie nicht für zielgerichtete Werbung.
us-sold = Über Cookies und ähnliche Technologien verkaufen wir personenbezogene Daten, geben sie weiter oder verwenden sie für zielgerichtete Werbung, und zwar in diesen Kategorien:
# Per state, after `in-region`. $mode is a `consent-mode-*` phrase.
us-state-mode = Diese Cookies sind { $mode };
us-gpc-honoured = ein Global-Privacy-Control-Signal (GPC) werten wir als Widerspruch.
us-gpc-ignored = ein Global-Privacy-Control-Signal (GPC) werten wir nicht als Widerspruch.
us-opt-out-settings = Widersprechen können Sie über die Cookie-Einstellungen, die Sie auf jeder Seite öffnen können.
# $link is the link's label (a link or bold text).
us-opt-out-link = Widersprechen können Sie über den Link { $link } in der Fußzeile jeder Seite.
link-do-not-sell-or-share = Meine personenbezogenen Daten nicht verkaufen oder weitergeben
link-do-not-sell = Meine personenbezogenen Daten nicht verkaufen
link-your-privacy-choices = Ihre Datenschutzoptionen
link-limit-sensitive = Verwendung meiner sensiblen personenbezogenen Daten einschränken

## Managing cookies

h-manage = Cookies verwalten
banner = Wo eine Einwilligung nötig ist, zeigen wir ein Cookie-Banner, mit dem Sie nicht unbedingt erforderliche Cookies annehmen oder ablehnen können.
banner-acknowledge = Wir verwenden nur unbedingt erforderliche Cookies; beim ersten Besuch bittet Sie ein Cookie-Banner, ihnen zuzustimmen.
banner-acknowledge-choose = Beim ersten Besuch bittet Sie ein Cookie-Banner, den unbedingt erforderlichen Cookies zuzustimmen, und lässt Sie die übrigen annehmen oder ablehnen.
reject-all = Ablehnen ist so einfach wie Annehmen: Das Banner bietet beide Möglichkeiten gleichwertig an.
withdraw-sentence = Ihre Auswahl ändern oder Ihre Einwilligung widerrufen können Sie jederzeit über { $ways }.
withdraw-or = { $a } oder über { $b }
record = Wir speichern Ihre Auswahl in einem Cookie namens { $cookie }.
record-for = Wir speichern Ihre Auswahl { $d } lang in einem Cookie namens { $cookie }.
renew-after = Ihre Einwilligung gilt { $d } lang; danach fragen wir erneut.
renew-on-change = Bei jeder wesentlichen Änderung dieser Richtlinie fragen wir erneut nach Ihrer Einwilligung.
renew-both = Ihre Einwilligung gilt { $d } lang; danach und bei jeder wesentlichen Änderung dieser Richtlinie fragen wir erneut.
reprompt = Wenn Sie ablehnen, fragen wir mindestens { $d } lang nicht erneut.
# Before a list of `renew-in-region` lines.
renew-by-region = Wie lange Ihre Einwilligung gilt, bevor wir erneut fragen, hängt davon ab, wo Sie sich befinden:
renew-by-region-and-change = Bei jeder wesentlichen Änderung dieser Richtlinie fragen wir erneut nach Ihrer Einwilligung, außerdem nach einer Frist, die davon abhängt, wo Sie sich befinden:
# "in France: after 6 months".
renew-in-region = { $region }: nach { $d }
    .case = dative
reprompt-by-region = Wenn Sie ablehnen, fragen wir mindestens so lange nicht erneut:
reprompt-in-region = { $region }: { $d }
browser-settings = Sie können Cookies auch über Ihre Browsereinstellungen steuern: Sie können sie blockieren, löschen oder sich warnen lassen, bevor eines gesetzt wird. Local Storage und andere Websitedaten löschen Sie über dieselben Einstellungen („Browserdaten löschen“ o. Ä.).
block-required = Wenn Sie unbedingt erforderliche Cookies blockieren, funktionieren Teile der Website möglicherweise nicht.
browser-help = So verwalten Sie Cookies in Ihrem Browser:
learn-more = Mehr über Cookies erfahren Sie unter:

## Changes and contact

h-changes = Änderungen dieser Richtlinie
changes = Wir können diese Cookie-Richtlinie von Zeit zu Zeit aktualisieren, zum Beispiel wenn wir neue Cookies einsetzen.
h-contact = Kontakt
contact = Bei Fragen zu unserer Verwendung von Cookies wenden Sie sich bitte an:
contact-email = E-Mail: { $email }
contact-website = Website: { $website }
contents = Inhalt

## The consent banner (vanilla-cookieconsent)

cc-title = Wir verwenden Cookies
cc-description = Wir verwenden Cookies, die für den Betrieb der Website unbedingt erforderlich sind, und mit Ihrer Einwilligung weitere. Sie können sie annehmen, ablehnen oder je Kategorie auswählen und Ihre Auswahl jederzeit ändern.
cc-accept-all = Alle annehmen
cc-acknowledge-description = Wir verwenden nur Cookies, die für den Betrieb der Website unbedingt erforderlich sind. Bitte stimmen Sie ihrer Verwendung zu.
cc-accept = Zustimmen
cc-reject-all = Alle ablehnen
cc-manage = Einstellungen verwalten
cc-save = Einstellungen speichern
cc-close = Schließen
cc-prefs-title = Cookie-Einstellungen
cc-prefs-intro = Wählen Sie, welche Kategorien von Cookies und ähnlichen Technologien wir verwenden dürfen. Unbedingt erforderliche sind immer aktiv.
cc-policy-link = Cookie-Richtlinie
# Shown in the banner when an honoured opt-out preference signal (GPC) was detected (CCPA regulations §7025(c)(6)).
cc-opt-out-honoured = Opt-out-Anfrage berücksichtigt
record-item-purpose = Speichert Ihre Cookie-Auswahl (die akzeptierten Kategorien und die Fassung dieser Richtlinie, auf die Sie geantwortet haben), damit wir nicht auf jeder Seite erneut fragen.

## Legal basis, settings link, lifetimes, values and name patterns

# Label of a category's `legal-basis` / `legal-provision` line.
legal-basis = Rechtsgrundlage
legal-basis-consent = Ihre Einwilligung
legal-basis-contract = die Erfüllung eines Vertrags mit Ihnen
legal-basis-legal-obligation = eine rechtliche Verpflichtung, der wir unterliegen
legal-basis-vital-interests = der Schutz lebenswichtiger Interessen
legal-basis-public-task = die Wahrnehmung einer Aufgabe im öffentlichen Interesse
legal-basis-legitimate-interests = unser berechtigtes Interesse
# $basis: one of the above; $provision: the author's citation.
legal-basis-with-provision = { $basis } ({ $provision })
# `withdraw [footer-link]` with `settings-link`: $label is the site's own label.
withdraw-footer-link-named = den Link „{ $label }“ in der Fußzeile jeder Seite
# `lifetime at-most 30 days`.
lifetime-at-most = Bis zu { $d }
    .case = dative
# `lifetime sliding 2 minutes` with `renewed-every 30 seconds`.
lifetime-sliding-every = Läuft { $d } nach Ihrer letzten Aktivität ab; wird alle { $every } erneuert
# An item's `value`.
item-value = Wert: { $what }
# A glob with a leading `*` (`"*_key"`).
glob-suffix-note = (jeder Name, der auf „{ $suffix }“ endet)
# Any other glob with a `*` that is not only at the end.
glob-note = (Namen nach diesem Muster; * steht für beliebige Zeichen)
# `cookie-wall wall` / `cookie-wall consent-or-pay`.
cookie-wall-wall = Sie können diese Website nur nutzen, nachdem Sie den nicht unbedingt erforderlichen Cookies zugestimmt haben.
cookie-wall-consent-or-pay = Wenn Sie die nicht unbedingt erforderlichen Cookies ablehnen, können Sie diese Website stattdessen über ein kostenpflichtiges Angebot nutzen.

## Issue 13: selbst gehostete Werkzeuge, Anbieter im Auftrag anderer und
## Cookies, die ein Dritter auf seiner eigenen Domain setzt

self-hosted-name = { $name } (selbst gehostet)
self-hosted-note = { $name } läuft auf unseren eigenen Servern: Die damit erhobenen Daten bleiben bei uns und werden nicht an Dritte weitergegeben.
third-own-no = Nein
third-own-listed = Ja, die oben aufgeführten
third-on-behalf-of = Im Auftrag von { $provider } tätig.
item-third-party-domain = { $provider } setzt dieses Cookie auf der eigenen Domain und kontrolliert es allein: Wir können es weder lesen noch löschen. Um es zu entfernen, löschen Sie in Ihren Browsereinstellungen die Cookies von { $domain }.

## Issue 13: items declared exempt from consent (`exempt <ground>`)

# Details of an item with `exempt`: $ground is one of the exempt-ground-* texts.
item-exempt = Ohne Einwilligung zulässig: { $ground }
# `exempt statistics`: the UK exception only (PECR Sch. A1, as amended in 2025).
item-exempt-statistics = Im Vereinigten Königreich ohne Einwilligung zulässig: eigene Statistik zur Verbesserung unserer Website, der Sie jederzeit widersprechen können (Ausnahme für statistische Zwecke)
exempt-ground-user-input = speichert, was Sie in ein Formular eingegeben oder dort ausgewählt haben (Nutzereingabe)
exempt-ground-authentication = hält Sie angemeldet (Authentifizierung)
exempt-ground-security = schützt die Website und Ihr Konto vor Missbrauch (Sicherheit)
exempt-ground-load-balancing = leitet Ihre Anfragen immer an denselben Server (Lastverteilung)
exempt-ground-ui-customisation = speichert eine Darstellung, die Sie selbst gewählt haben (Anpassung der Benutzeroberfläche)
exempt-ground-consent-record = speichert Ihre Entscheidung zur Einwilligung (Nachweis der Einwilligung)

## Issue 13: examples on a negative commitment

# `no-external-analytics` with `external-analytics-examples`: $examples is a list of service names.
commitment-no-external-analytics-such-as = Wir nutzen keine externen Analysedienste wie { $examples }.
# Names joined: $a is "A, B", $b the last name.
list-or = { $a } oder { $b }
