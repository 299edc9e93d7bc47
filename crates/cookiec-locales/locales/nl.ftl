# Nederlandse versie van de zinnen die cookiec zelf schrijft (terminologie
# van de Autoriteit Persoonsgegevens en de Telecommunicatiewet: cookies
# ‘plaatsen’, ‘toestemming’, ‘cookieverklaring’; aanspreekvorm ‘u’). De
# argumenten van elk bericht staan beschreven in en.ftl.

## Dates

month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
date-day = { $day } { $month } { $year }
date-month = { $month } { $year }

## Durations ($n is a number; $case is the grammatical case a sentence
## asks for through its `.case` attribute, `nominative` by default)

unit-second =
    { $n ->
        [one] { $n } seconde
       *[other] { $n } seconden
    }
unit-minute =
    { $n ->
        [one] { $n } minuut
       *[other] { $n } minuten
    }
unit-hour =
    { $n ->
        [one] { $n } uur
       *[other] { $n } uur
    }
unit-day =
    { $n ->
        [one] { $n } dag
       *[other] { $n } dagen
    }
unit-week =
    { $n ->
        [one] { $n } week
       *[other] { $n } weken
    }
unit-month =
    { $n ->
        [one] { $n } maand
       *[other] { $n } maanden
    }
unit-year =
    { $n ->
        [one] { $n } jaar
       *[other] { $n } jaar
    }
duration-and = { $a } en { $b }

## Lifetimes (the lifetime column)

lifetime-not-specified = Niet vermeld
lifetime-nothing-stored = Er wordt niets opgeslagen
lifetime-session = Sessie
lifetime-session-configurable = Sessie (duur per installatie ingesteld)
lifetime-until-cleared = Tot het wordt gewist
lifetime-until-sign-out = Tot u uitlogt of uw sessie verloopt
lifetime-sliding-on = Tot { $d } na { $on }
lifetime-sliding = { $d }, bij elk bezoek verlengd
lifetime-configurable = Per installatie ingesteld; standaard { $d }
lifetime-configurable-sliding-on = Per installatie ingesteld; standaard { $d }, verlengd na { $on }
lifetime-configurable-sliding = Per installatie ingesteld; standaard { $d }, verlengd bij activiteit

## Kinds of technology

kind-cookie = Cookie
kind-local-storage = Local storage
kind-session-storage = Session storage
kind-indexeddb = IndexedDB-database
kind-cache-storage = Cache storage
kind-pixel = Pixel / webbeacon
kind-server-session = Sessie op de server
kind-explained-cookie = cookies, kleine tekstbestanden die uw browser opslaat en bij elk verzoek terugstuurt naar de website
kind-explained-local-storage = local storage, die gegevens zonder vervaldatum in uw browser bewaart en ze niet vanzelf naar de server stuurt
kind-explained-session-storage = session storage, die gegevens in één browsertabblad bewaart totdat u het sluit
kind-explained-indexeddb = IndexedDB, een database in uw browser voor grotere gestructureerde gegevens
kind-explained-cache-storage = cache storage (gebruikt door een service worker), die kopieën van bestanden bewaart zodat pagina’s sneller laden en offline werken
kind-explained-pixel = webbeacons (pixels, tags), piepkleine verzoeken die een server laten weten dat een pagina of e-mail is bekeken
kind-explained-server-session = sessies op de server, gegevens op onze servers die via een cookie aan uw browser zijn gekoppeld

## Consent per region

consent-mode-required = altijd actief (strikt noodzakelijk, geen toestemming nodig)
consent-mode-opt-in = alleen na uw toestemming gebruikt
consent-mode-opt-out = actief, tenzij u bezwaar maakt
consent-mode-notice = actief; u wordt hierover geïnformeerd via deze verklaring
consent-in-region = { $region }: { $mode }
consent-and = { $a }; { $b }
region-default = elders
region-eu = in de Europese Unie
region-eea = in de Europese Economische Ruimte
region-uk = in het Verenigd Koninkrijk
region-ch = in Zwitserland
region-fr = in Frankrijk
region-de = in Duitsland
region-it = in Italië
region-es = in Spanje
region-nl = in Nederland
region-us = in de Verenigde Staten
region-us-ca = in Californië
region-us-co = in Colorado
region-us-ct = in Connecticut
region-us-va = in Virginia
region-br = in Brazilië
region-ca = in Canada
region-za = in Zuid-Afrika
region-au = in Australië
region-jp = in Japan
region-in = in India

## Commitments, change notices, ways to withdraw, provider roles

commitment-no-sale = Wij verkopen uw persoonsgegevens niet.
commitment-no-sharing = Wij delen uw persoonsgegevens niet voor gedragsgerichte advertenties op basis van uw activiteit op andere websites en diensten.
commitment-no-advertising-profiles = Wij gebruiken geen cookies om advertentieprofielen op te bouwen.
commitment-no-cross-site-tracking = Wij volgen u niet over andere websites.
commitment-no-targeted-advertising = Wij tonen geen gerichte advertenties.
commitment-no-ad-exchanges = Wij nemen niet deel aan advertentiebeurzen (ad exchanges).
commitment-no-external-analytics = Wij gebruiken geen externe analysediensten.
commitment-no-third-party-advertising = Wij plaatsen geen advertentiecookies van derden.
commitment-no-tracking-or-marketing = Wij gebruiken geen cookies voor tracking of marketing.
change-posted-on-page = De actuele versie staat altijd op deze pagina.
change-updated-date = Als wij haar wijzigen, verandert de datum ‘laatst bijgewerkt’ bovenaan.
change-email = Over belangrijke wijzigingen informeren wij u per e-mail.
change-banner = Bij belangrijke wijzigingen tonen wij een melding op de website.
change-effective-on-posting = Wijzigingen gelden vanaf het moment dat ze op deze pagina staan.
withdraw-footer-link = de link ‘Cookie-instellingen’ onderaan elke pagina
withdraw-banner = de cookiebanner, die u altijd opnieuw kunt openen
withdraw-settings-page = de privacyinstellingen van uw account
withdraw-browser-only = uw browserinstellingen (verwijder de cookies en websitegegevens van deze website)
role-payments = betalingen
role-analytics = analyse
role-error-reporting = foutrapportage
role-fonts = weblettertypen
role-identity = identiteit en inloggen
role-hosting = hosting
role-cdn = contentlevering (CDN)
role-advertising = advertenties
role-support = klantenservice
role-maps = kaarten
role-video = video
role-integrations = integraties
role-other = overige diensten

## The policy: heading and introduction

policy-title = Cookieverklaring van { $service }
first-party = { $service } (wijzelf)
label = { $label }:
last-updated = Laatst bijgewerkt
effective = Geldig vanaf
reference = Referentie
intro-site = In deze cookieverklaring leest u hoe { $service } cookies en vergelijkbare technieken gebruikt als u { $site } bezoekt, wat ze doen en hoe u ze kunt beheren.
intro-no-site = In deze cookieverklaring leest u hoe { $service } cookies en vergelijkbare technieken gebruikt als u onze website bezoekt of onze dienst gebruikt, wat ze doen en hoe u ze kunt beheren.
operated-by = { $service } wordt aangeboden door { $controller }.
read-with = Lees deze verklaring samen met onze { $link }.
privacy-policy = privacyverklaring

## What cookies are

h-what = Wat cookies en vergelijkbare technieken zijn
what = Cookies zijn kleine tekstbestanden die een website op uw apparaat plaatst als u die website bezoekt. Sessiecookies worden verwijderd als u uw browser sluit; permanente cookies blijven staan tot ze verlopen of u ze verwijdert. First-party cookies plaatsen wij zelf, third-party cookies plaatst een andere partij.
besides = Naast cookies gebruiken wij:

## Categories

h-categories = Hoe wij cookies gebruiken
no-categories = Wij gebruiken geen cookies of vergelijkbare technieken.
may-use-category = Wij kunnen technieken uit deze categorie gebruiken; ze zijn niet altijd actief.
consent = Toestemming
purposes = Doelen
if-blocked = Als u ze blokkeert
never-contain = Ze bevatten nooit
h-not-used = Categorieën die wij niet gebruiken
category-not-used = { $title }: niet gebruikt.

## The items table

prefix-note = (elke naam die begint met ‘{ $prefix }’)
regex-note = (namen die aan dit patroon voldoen)
unnamed = Items zonder naam. Inhoud: { $what }
may-be-used = (kan worden gebruikt)
item-set-when = Geplaatst: { $when }
item-contains = Bevat: { $what }
item-never-contains = Bevat nooit: { $what }
item-keyed-by = Via de cookie { $cookie } aan uw browser gekoppeld
item-not-sent = Wordt niet naar onze servers gestuurd
item-sent = Wordt naar onze servers gestuurd
item-stays = Blijft op uw apparaat
item-read-by-script = Wordt door onze scripts gelezen
item-attributes = Attributen: { $list }
item-domain = Domein: { $domain }
item-path = Pad: { $path }
h-items = Cookies en vergelijkbare technieken die wij gebruiken
no-items = Wij plaatsen geen cookies en slaan geen gegevens op uw apparaat op.
items-intro = In deze tabel staan alle cookies en opgeslagen gegevens die via deze website op uw apparaat worden geplaatst.
items-caption = Cookies en opgeslagen gegevens
column-name = Naam
column-kind = Soort
column-category = Categorie
column-provider = Aanbieder
column-purpose = Doel
column-lifetime = Bewaartermijn
column-details = Details

## Third parties

h-third = Derden
no-third = Geen enkele derde partij plaatst via deze website cookies of vergelijkbare technieken.
third-intro = Deze aanbieders helpen ons de dienst te leveren. Als zij eigen cookies plaatsen, gelden daarvoor hun eigen privacyverklaringen.
any-provider = (elke aanbieder van dit soort)
yes = Ja
not-stated = Niet vermeld
not-published = Niet gepubliceerd
third-may-intro = Aanbieders met de vermelding ‘kan worden gebruikt’ worden niet bij elk bezoek geladen: de website kan inhoud van hen laden, en zij kunnen dan eigen cookies plaatsen.
may = Mogelijk
third-caption = Externe aanbieders
third-column-provider = Aanbieder
third-column-role = Wat zij doen
third-column-own-cookies = Plaatsen eigen cookies
third-column-privacy = Privacyverklaring

## Commitments and signals

h-commitments = Wat wij niet doen
h-signals = Global Privacy Control en Do Not Track
gpc-honour = Wij respecteren Global Privacy Control (GPC). Als uw browser het GPC-signaal stuurt, behandelen wij dat als een weigering van elke categorie die niet strikt noodzakelijk is, ook als die cookies anders actief zouden zijn tot u bezwaar maakt.
gpc-ignore = Op dit moment reageren wij niet op Global Privacy Control-signalen (GPC).
dnt-honour = Wij respecteren Do Not Track (DNT). Als uw browser dit signaal stuurt, gebruiken wij geen cookies die niet strikt noodzakelijk zijn, tenzij u ze uitdrukkelijk toestaat.
dnt-ignore = Sommige browsers sturen een Do Not Track-signaal (DNT). Er is geen algemeen aanvaarde norm voor hoe daarop te reageren, en daarom reageren wij op dit moment niet op zulke signalen.
# `gpc sale-sharing`. $categories: the categories that count as a sale, a sharing or targeted advertising, each with `sold-category`.
gpc-sale-sharing = Wij respecteren Global Privacy Control (GPC) als bezwaar tegen de verkoop en het delen van uw persoonsgegevens en tegen gerichte advertenties: als uw browser het GPC-signaal stuurt, gebruiken wij deze cookies niet: { $categories }.
dnt-sale-sharing = Wij respecteren Do Not Track (DNT) als bezwaar tegen de verkoop en het delen van uw persoonsgegevens en tegen gerichte advertenties: als uw browser dit signaal stuurt, gebruiken wij deze cookies niet: { $categories }.
# Before a list of `in-region` lines, when the response differs per region.
gpc-by-region = Hoe wij op Global Privacy Control (GPC) reageren, hangt af van waar u zich bevindt:
dnt-by-region = Hoe wij op Do Not Track (DNT) reageren, hangt af van waar u zich bevindt:
# One line of a per-region list: "in California: We honour …". $region is a `region-*` word.
in-region = { $region }: { $text }
# When the banner shows that an opt-out signal was honoured (California).
signal-shown = Als wij een opt-out-voorkeurssignaal detecteren dat wij respecteren, toont de cookiebanner dat uw bezwaar is gehonoreerd.
# "Advertising (sale, sharing)".
sold-category = { $category } ({ $uses })
use-sale = verkoop
use-sharing = delen
use-targeted-advertising = gerichte advertenties

## US state privacy rights

h-us-privacy = Uw privacyrechten volgens wetten van Amerikaanse staten
us-intro = Sommige privacywetten van Amerikaanse staten (zoals die van Californië, Colorado, Connecticut en Virginia) geven u het recht bezwaar te maken tegen de verkoop of het delen van uw persoonsgegevens en tegen het gebruik ervan voor gerichte advertenties.
us-not-sold = Wij verkopen of delen geen persoonsgegevens via cookies of vergelijkbare technieken, en gebruiken ze daarmee ook niet voor gerichte advertenties.
us-sold = Via cookies en vergelijkbare technieken verkopen of delen wij persoonsgegevens, of gebruiken wij ze voor gerichte advertenties, in deze categorieën:
# Per state, after `in-region`. $mode is a `consent-mode-*` phrase.
us-state-mode = deze cookies zijn { $mode };
us-gpc-honoured = een Global Privacy Control-signaal geldt als bezwaar.
us-gpc-ignored = Global Privacy Control-signalen gelden niet als bezwaar.
us-opt-out-settings = Om bezwaar te maken, gebruikt u de cookie-instellingen, die u op elke pagina kunt openen.
# $link is the link's label (a link or bold text).
us-opt-out-link = Om bezwaar te maken, gebruikt u de link { $link } onderaan elke pagina.
link-do-not-sell-or-share = Mijn persoonsgegevens niet verkopen of delen
link-do-not-sell = Mijn persoonsgegevens niet verkopen
link-your-privacy-choices = Uw privacykeuzes
link-limit-sensitive = Gebruik van mijn gevoelige persoonsgegevens beperken

## Managing cookies

h-manage = Cookies beheren
banner = Waar toestemming nodig is, tonen wij een cookiebanner waarmee u cookies die niet strikt noodzakelijk zijn kunt accepteren of weigeren.
banner-acknowledge = Wij gebruiken alleen strikt noodzakelijke cookies; bij uw eerste bezoek vraagt een cookiebanner u die te accepteren.
banner-acknowledge-choose = Bij uw eerste bezoek vraagt een cookiebanner u de strikt noodzakelijke cookies te accepteren, en kunt u de overige cookies accepteren of weigeren.
reject-all = Weigeren is even makkelijk als accepteren: de banner toont beide keuzes even duidelijk.
withdraw-sentence = U kunt uw keuze altijd wijzigen of uw toestemming intrekken via { $ways }.
withdraw-or = { $a }, of via { $b }
record = Wij bewaren uw keuze in een cookie met de naam { $cookie }.
record-for = Wij bewaren uw keuze { $d } lang in een cookie met de naam { $cookie }.
renew-after = Na { $d } vragen wij opnieuw om uw toestemming.
renew-on-change = Wij vragen opnieuw om uw toestemming als deze verklaring belangrijk wijzigt.
renew-both = Na { $d }, en als deze verklaring belangrijk wijzigt, vragen wij opnieuw om uw toestemming.
reprompt = Als u weigert, vragen wij het minstens { $d } lang niet opnieuw.
# Before a list of `renew-in-region` lines.
renew-by-region = Hoe lang uw toestemming geldt voordat wij opnieuw vragen, hangt af van waar u zich bevindt:
renew-by-region-and-change = Wij vragen opnieuw om uw toestemming als deze verklaring belangrijk wijzigt, en na een termijn die afhangt van waar u zich bevindt:
# "in France: after 6 months".
renew-in-region = { $region }: na { $d }
reprompt-by-region = Als u weigert, vragen wij het minstens zo lang niet opnieuw:
reprompt-in-region = { $region }: { $d }
browser-settings = U kunt cookies ook via uw browserinstellingen beheren: u kunt ze blokkeren, verwijderen of een waarschuwing krijgen voordat er een wordt geplaatst. Local storage en andere websitegegevens wist u met dezelfde instellingen (‘Browsegegevens wissen’ of vergelijkbaar).
block-required = Als u strikt noodzakelijke cookies blokkeert, werken delen van de website mogelijk niet.
browser-help = Zo beheert u cookies in uw browser:
learn-more = Meer over cookies leest u op:

## Changes and contact

h-changes = Wijzigingen in deze verklaring
changes = Wij kunnen deze cookieverklaring van tijd tot tijd bijwerken, bijvoorbeeld als wij nieuwe cookies gaan gebruiken.
h-contact = Contact
contact = Hebt u vragen over ons gebruik van cookies? Neem dan contact op met:
contact-email = E-mail: { $email }
contact-website = Website: { $website }
contents = Inhoud

## The consent banner (vanilla-cookieconsent)

cc-title = Wij gebruiken cookies
cc-description = Wij gebruiken cookies die strikt noodzakelijk zijn om de website te laten werken en, met uw toestemming, andere cookies. U kunt ze accepteren, weigeren of per categorie kiezen, en uw keuze altijd wijzigen.
cc-accept-all = Alles accepteren
cc-acknowledge-description = Wij gebruiken alleen cookies die strikt noodzakelijk zijn om de website te laten werken. Wilt u het gebruik daarvan accepteren?
cc-accept = Accepteren
cc-reject-all = Alles weigeren
cc-manage = Voorkeuren instellen
cc-save = Voorkeuren opslaan
cc-close = Sluiten
cc-prefs-title = Cookievoorkeuren
cc-prefs-intro = Kies welke categorieën cookies en vergelijkbare technieken wij mogen gebruiken. Strikt noodzakelijke cookies staan altijd aan.
cc-policy-link = Cookieverklaring
# Shown in the banner when an honoured opt-out preference signal (GPC) was detected (CCPA regulations §7025(c)(6)).
cc-opt-out-honoured = Bezwaar gehonoreerd
record-item-purpose = Bewaart uw cookiekeuzes (de geaccepteerde categorieën en de versie van deze verklaring waarop u hebt geantwoord), zodat we het niet op elke pagina opnieuw vragen.

## Legal basis, settings link, lifetimes, values and name patterns

# Label of a category's `legal-basis` / `legal-provision` line.
legal-basis = Rechtsgrond
legal-basis-consent = uw toestemming
legal-basis-contract = de uitvoering van een overeenkomst met u
legal-basis-legal-obligation = een wettelijke verplichting die op ons rust
legal-basis-vital-interests = de bescherming van vitale belangen
legal-basis-public-task = de vervulling van een taak van algemeen belang
legal-basis-legitimate-interests = ons gerechtvaardigd belang
# $basis: one of the above; $provision: the author's citation.
legal-basis-with-provision = { $basis } ({ $provision })
# `withdraw [footer-link]` with `settings-link`: $label is the site's own label.
withdraw-footer-link-named = de link ‘{ $label }’ onderaan elke pagina
# `lifetime at-most 30 days`.
lifetime-at-most = Maximaal { $d }
# `lifetime sliding 2 minutes` with `renewed-every 30 seconds`.
lifetime-sliding-every = { $d } na uw laatste activiteit, elke { $every } verlengd
# An item's `value`.
item-value = Waarde: { $what }
# A glob with a leading `*` (`"*_key"`).
glob-suffix-note = (elke naam die eindigt op ‘{ $suffix }’)
# Any other glob with a `*` that is not only at the end.
glob-note = (namen volgens dit patroon, waarbij * voor willekeurige tekens staat)
# `cookie-wall wall` / `cookie-wall consent-or-pay`.
cookie-wall-wall = U kunt deze website pas gebruiken nadat u de niet strikt noodzakelijke cookies hebt geaccepteerd.
cookie-wall-consent-or-pay = Als u de niet strikt noodzakelijke cookies weigert, kunt u deze website in plaats daarvan via een betaalde optie gebruiken.

## Issue 13: zelf gehoste tools, aanbieders die namens een ander optreden
## en cookies die een derde op het eigen domein plaatst

self-hosted-name = { $name } (op onze eigen servers)
self-hosted-note = { $name } draait op onze eigen servers: de gegevens die daarmee worden verzameld, blijven bij ons en worden niet aan derden doorgegeven.
third-own-no = Nee
third-own-listed = Ja, de hierboven vermelde
third-on-behalf-of = Handelt namens { $provider }.
item-third-party-domain = { $provider } plaatst deze cookie op het eigen domein en heeft er als enige controle over: wij kunnen de cookie niet lezen en niet verwijderen. Om de cookie te verwijderen, wist u de cookies van { $domain } in uw browserinstellingen.

## Issue 13: items declared exempt from consent (`exempt <ground>`)

item-exempt = Geen toestemming nodig: { $ground }
item-exempt-statistics = Geen toestemming nodig in het Verenigd Koninkrijk: eigen statistieken om onze site te verbeteren, waartegen u op elk moment bezwaar kunt maken (uitzondering voor statistische doeleinden)
exempt-ground-user-input = onthoudt wat u in een formulier hebt ingevuld of gekozen (gebruikersinvoer)
exempt-ground-authentication = houdt u ingelogd (authenticatie)
exempt-ground-security = beschermt de site en uw account tegen misbruik (beveiliging)
exempt-ground-load-balancing = stuurt uw verzoeken naar dezelfde server (load balancing)
exempt-ground-ui-customisation = bewaart een weergavevoorkeur die u hebt gekozen (aanpassing van de gebruikersinterface)
exempt-ground-consent-record = bewaart uw keuze over toestemming (vastlegging van de toestemming)

## Issue 13: examples on a negative commitment

# `no-external-analytics` with `external-analytics-examples`: $examples is a list of service names.
commitment-no-external-analytics-such-as = Wij gebruiken geen externe analysediensten zoals { $examples }.
# Names joined: $a is "A, B", $b the last name.
list-or = { $a } of { $b }
