# Versione italiana delle frasi che cookiec scrive da sé (terminologia
# delle Linee guida cookie del Garante, 2021: «cookie e altri strumenti di
# tracciamento», «installare», «finalità», «informativa»; registro con il
# «tu»). Gli argomenti di ogni messaggio sono descritti in en.ftl.

## Dates

month-1 = gennaio
month-2 = febbraio
month-3 = marzo
month-4 = aprile
month-5 = maggio
month-6 = giugno
month-7 = luglio
month-8 = agosto
month-9 = settembre
month-10 = ottobre
month-11 = novembre
month-12 = dicembre
date-day =
    { $day ->
        [1] 1º
       *[other] { $day }
    } { $month } { $year }
date-month = { $month } { $year }

## Durations ($n is a number; $case is the grammatical case a sentence
## asks for through its `.case` attribute, `nominative` by default)

unit-second =
    { $n ->
        [one] { $n } secondo
       *[other] { $n } secondi
    }
unit-minute =
    { $n ->
        [one] { $n } minuto
       *[other] { $n } minuti
    }
unit-hour =
    { $n ->
        [one] { $n } ora
       *[other] { $n } ore
    }
unit-day =
    { $n ->
        [one] { $n } giorno
       *[other] { $n } giorni
    }
unit-week =
    { $n ->
        [one] { $n } settimana
       *[other] { $n } settimane
    }
unit-month =
    { $n ->
        [one] { $n } mese
       *[other] { $n } mesi
    }
unit-year =
    { $n ->
        [one] { $n } anno
       *[other] { $n } anni
    }
duration-and = { $a } e { $b }

## Lifetimes (the lifetime column)

lifetime-not-specified = Non indicata
lifetime-nothing-stored = Nessun dato memorizzato
lifetime-session = Sessione
lifetime-session-configurable = Sessione (durata stabilita per ogni installazione)
lifetime-until-cleared = Fino alla cancellazione
lifetime-until-sign-out = Fino alla disconnessione o alla scadenza della sessione
lifetime-sliding-on = Fino a { $d } dopo { $on }
lifetime-sliding = { $d }, rinnovata a ogni visita
lifetime-configurable = Stabilita per ogni installazione; { $d } per impostazione predefinita
lifetime-configurable-sliding-on = Stabilita per ogni installazione; { $d } per impostazione predefinita, prorogata dopo { $on }
lifetime-configurable-sliding = Stabilita per ogni installazione; { $d } per impostazione predefinita, prorogata in caso di attività

## Kinds of technology

kind-cookie = Cookie
kind-local-storage = Archiviazione locale
kind-session-storage = Archiviazione di sessione
kind-indexeddb = Database IndexedDB
kind-cache-storage = Archiviazione cache
kind-pixel = Pixel / web beacon
kind-server-session = Sessione lato server
kind-explained-cookie = cookie, piccoli file di testo che il browser memorizza e rinvia al sito a ogni richiesta
kind-explained-local-storage = archiviazione locale (local storage), che conserva dati nel browser senza scadenza e non li invia automaticamente al server
kind-explained-session-storage = archiviazione di sessione (session storage), che conserva dati in una scheda del browser finché non la chiudi
kind-explained-indexeddb = IndexedDB, un database del browser per dati strutturati di maggiori dimensioni
kind-explained-cache-storage = archiviazione cache (usata da un service worker), che conserva copie di file perché le pagine si carichino più velocemente e funzionino offline
kind-explained-pixel = web beacon (pixel, tag), piccolissime richieste che segnalano a un server che una pagina o un’e-mail è stata visualizzata
kind-explained-server-session = sessioni lato server, dati conservati sui nostri server e collegati al tuo browser tramite un cookie

## Consent per region

consent-mode-required = sempre attivi (strettamente necessari, nessun consenso richiesto)
consent-mode-opt-in = usati solo dopo il tuo consenso
consent-mode-opt-out = attivi, salvo tua opposizione
consent-mode-notice = attivi; te ne informiamo con la presente informativa
consent-in-region = { $region }: { $mode }
consent-and = { $a }; { $b }
region-default = altrove
region-eu = nell’Unione europea
region-eea = nello Spazio economico europeo
region-uk = nel Regno Unito
region-ch = in Svizzera
region-fr = in Francia
region-de = in Germania
region-it = in Italia
region-es = in Spagna
region-nl = nei Paesi Bassi
region-us = negli Stati Uniti
region-us-ca = in California
region-us-co = in Colorado
region-us-ct = in Connecticut
region-us-va = in Virginia
region-br = in Brasile
region-ca = in Canada
region-za = in Sudafrica
region-au = in Australia
region-jp = in Giappone
region-in = in India

## Commitments, change notices, ways to withdraw, provider roles

commitment-no-sale = Non vendiamo i tuoi dati personali.
commitment-no-sharing = Non condividiamo i tuoi dati personali per pubblicità comportamentale basata sulla tua attività su altri siti e servizi.
commitment-no-advertising-profiles = Non usiamo cookie per creare profili pubblicitari.
commitment-no-cross-site-tracking = Non ti tracciamo su altri siti web.
commitment-no-targeted-advertising = Non mostriamo pubblicità mirata.
commitment-no-ad-exchanges = Non partecipiamo a piattaforme di scambio pubblicitario (ad exchange).
commitment-no-external-analytics = Non usiamo servizi di analisi esterni.
commitment-no-third-party-advertising = Non installiamo cookie pubblicitari di terze parti.
commitment-no-tracking-or-marketing = Non usiamo cookie per finalità di tracciamento o di marketing.
change-posted-on-page = La versione aggiornata è sempre pubblicata su questa pagina.
change-updated-date = Quando la modifichiamo, cambia la data di «ultimo aggiornamento» indicata in alto.
change-email = Ti informiamo via e-mail delle modifiche sostanziali.
change-banner = Quando l’informativa cambia in modo sostanziale, lo segnaliamo con un avviso sul sito.
change-effective-on-posting = Le modifiche si applicano dal momento della pubblicazione su questa pagina.
withdraw-footer-link = il link «Impostazioni cookie» a piè di ogni pagina
withdraw-banner = il banner dei cookie, che puoi riaprire in qualsiasi momento
withdraw-settings-page = la pagina delle impostazioni privacy del tuo account
withdraw-browser-only = le impostazioni del browser (cancellando i cookie e i dati di questo sito)
role-payments = pagamenti
role-analytics = statistiche
role-error-reporting = segnalazione degli errori
role-fonts = font web
role-identity = identità e accesso
role-hosting = hosting
role-cdn = distribuzione dei contenuti (CDN)
role-advertising = pubblicità
role-support = assistenza clienti
role-maps = mappe
role-video = video
role-integrations = integrazioni
role-other = altri servizi

## The policy: heading and introduction

policy-title = Cookie policy di { $service }
first-party = { $service } (prima parte)
label = { $label }:
last-updated = Ultimo aggiornamento
effective = In vigore dal
reference = Riferimento
intro-site = Questa cookie policy spiega come { $service } usa i cookie e gli altri strumenti di tracciamento quando visiti { $site }, a cosa servono e come puoi gestirli.
intro-no-site = Questa cookie policy spiega come { $service } usa i cookie e gli altri strumenti di tracciamento quando visiti il nostro sito o usi il nostro servizio, a cosa servono e come puoi gestirli.
operated-by = Il titolare di { $service } è { $controller }.
read-with = Va letta insieme alla nostra { $link }.
privacy-policy = informativa privacy

## What cookies are

h-what = Cosa sono i cookie e gli altri strumenti di tracciamento
what = I cookie sono piccoli file di testo che un sito web salva sul tuo dispositivo quando lo visiti. I cookie di sessione vengono cancellati alla chiusura del browser; i cookie persistenti restano fino alla scadenza o finché non li cancelli. I cookie di prima parte sono installati da noi, quelli di terze parti da un altro soggetto.
besides = Oltre ai cookie, usiamo:

## Categories

h-categories = Come usiamo i cookie
no-categories = Non usiamo cookie né altri strumenti di tracciamento.
may-use-category = Possiamo usare strumenti di questa categoria; non sono necessariamente attivi in ogni momento.
consent = Consenso
purposes = Finalità
if-blocked = Se li blocchi
never-contain = Non contengono mai
h-not-used = Categorie che non usiamo
category-not-used = { $title }: non usata.

## The items table

prefix-note = (ogni nome che inizia con «{ $prefix }»)
regex-note = (nomi conformi a questo schema)
unnamed = Voci senza nome. Contenuto: { $what }
may-be-used =
    { $kind ->
        [local-storage] (potrebbe essere usata)
        [session-storage] (potrebbe essere usata)
        [cache-storage] (potrebbe essere usata)
        [server-session] (potrebbe essere usata)
       *[other] (potrebbe essere usato)
    }
item-set-when =
    { $kind ->
        [local-storage] Salvata
        [session-storage] Salvata
        [cache-storage] Salvata
        [server-session] Avviata
        [indexeddb] Creato
        [pixel] Attivato
       *[other] Installato
    } { $when }
item-contains = Contiene: { $what }
item-never-contains = Non contiene mai: { $what }
item-keyed-by =
    { $kind ->
        [local-storage] Collegata
        [session-storage] Collegata
        [cache-storage] Collegata
        [server-session] Collegata
       *[other] Collegato
    } al tuo browser tramite il cookie { $cookie }
item-not-sent = Non inviato ai nostri server
item-sent =
    { $kind ->
        [local-storage] Inviata
        [session-storage] Inviata
        [cache-storage] Inviata
        [server-session] Inviata
       *[other] Inviato
    } ai nostri server
item-stays = Resta sul tuo dispositivo
item-read-by-script =
    { $kind ->
        [local-storage] Letta
        [session-storage] Letta
        [cache-storage] Letta
        [server-session] Letta
       *[other] Letto
    } dai nostri script
item-attributes = Attributi: { $list }
item-domain = Dominio: { $domain }
item-path = Percorso: { $path }
h-items = Cookie e altri strumenti di tracciamento che usiamo
no-items = Non installiamo cookie né salviamo dati sul tuo dispositivo.
items-intro = Questa tabella elenca tutti i cookie e gli elementi di archiviazione installati sul tuo dispositivo tramite questo sito.
items-caption = Cookie ed elementi di archiviazione
column-name = Nome
column-kind = Tipo
column-category = Categoria
column-provider = Fornitore
column-purpose = Finalità
column-lifetime = Durata
column-details = Dettagli

## Third parties

h-third = Terze parti
no-third = Nessuna terza parte installa cookie o altri strumenti di tracciamento tramite questo sito.
third-intro = Questi fornitori ci aiutano a gestire il servizio. Se installano cookie propri, questi sono disciplinati dalle rispettive informative privacy.
any-provider = (qualsiasi fornitore di questo tipo)
yes = Sì
not-stated = Non indicato
not-published = Non pubblicata
third-may-intro = I fornitori contrassegnati con «potrebbe essere usato» non vengono caricati a ogni visita: il sito può caricare contenuti da loro, e in quel caso possono installare cookie propri.
may = Possibilmente
third-caption = Fornitori terzi
third-column-provider = Fornitore
third-column-role = Cosa fa
third-column-own-cookies = Installa cookie propri
third-column-privacy = Informativa privacy

## Commitments and signals

h-commitments = Cosa non facciamo
h-signals = Global Privacy Control e Do Not Track
gpc-honour = Rispettiamo Global Privacy Control (GPC). Quando il tuo browser invia il segnale GPC, lo trattiamo come un rifiuto di tutte le categorie non strettamente necessarie, anche di quelle che altrimenti sarebbero attive salvo tua opposizione.
gpc-ignore = Al momento non diamo seguito ai segnali Global Privacy Control (GPC).
dnt-honour = Rispettiamo Do Not Track (DNT). Quando il tuo browser invia questo segnale, non usiamo cookie non strettamente necessari, salvo che tu li autorizzi espressamente.
dnt-ignore = Alcuni browser inviano un segnale Do Not Track (DNT). Poiché non esiste uno standard condiviso su come rispondervi, al momento non diamo seguito a questi segnali.
# `gpc sale-sharing`. $categories: the categories that count as a sale, a sharing or targeted advertising, each with `sold-category`.
gpc-sale-sharing = Rispettiamo Global Privacy Control (GPC) come richiesta di opposizione alla vendita e alla condivisione dei tuoi dati personali e alla pubblicità mirata: quando il tuo browser invia il segnale GPC, non usiamo questi cookie: { $categories }.
dnt-sale-sharing = Rispettiamo Do Not Track (DNT) come richiesta di opposizione alla vendita e alla condivisione dei tuoi dati personali e alla pubblicità mirata: quando il tuo browser invia questo segnale, non usiamo questi cookie: { $categories }.
# Before a list of `in-region` lines, when the response differs per region.
gpc-by-region = Come rispondiamo a Global Privacy Control (GPC) dipende da dove ti trovi:
dnt-by-region = Come rispondiamo a Do Not Track (DNT) dipende da dove ti trovi:
# One line of a per-region list: "in California: We honour …". $region is a `region-*` word.
in-region = { $region }: { $text }
# When the banner shows that an opt-out signal was honoured (California).
signal-shown = Quando rileviamo un segnale di preferenza di opposizione che rispettiamo, il banner dei cookie indica che la tua richiesta di opposizione è stata accolta.
# "Advertising (sale, sharing)".
sold-category = { $category } ({ $uses })
use-sale = vendita
use-sharing = condivisione
use-targeted-advertising = pubblicità mirata

## US state privacy rights

h-us-privacy = I tuoi diritti sulla privacy secondo le leggi degli Stati USA
us-intro = Alcune leggi statali statunitensi sulla privacy (come quelle di California, Colorado, Connecticut e Virginia) ti danno il diritto di opporti alla vendita o alla condivisione dei tuoi dati personali e al loro uso per pubblicità mirata.
us-not-sold = Non vendiamo né condividiamo dati personali, né li usiamo per pubblicità mirata, tramite cookie o altri strumenti di tracciamento.
us-sold = Tramite cookie e altri strumenti di tracciamento vendiamo o condividiamo dati personali, o li usiamo per pubblicità mirata, in queste categorie:
# Per state, after `in-region`. $mode is a `consent-mode-*` phrase.
us-state-mode = questi cookie sono { $mode };
us-gpc-honoured = un segnale Global Privacy Control è trattato come richiesta di opposizione.
us-gpc-ignored = i segnali Global Privacy Control non sono trattati come richiesta di opposizione.
us-opt-out-settings = Per opporti, usa le impostazioni dei cookie, che puoi aprire da ogni pagina.
# $link is the link's label (a link or bold text).
us-opt-out-link = Per opporti, usa il link { $link } a piè di ogni pagina.
link-do-not-sell-or-share = Non vendere né condividere i miei dati personali
link-do-not-sell = Non vendere i miei dati personali
link-your-privacy-choices = Le tue scelte sulla privacy
link-limit-sensitive = Limita l’uso dei miei dati personali sensibili

## Managing cookies

h-manage = Come gestire i cookie
banner = Dove è richiesto il consenso, mostriamo un banner dei cookie che ti permette di accettare o rifiutare i cookie non strettamente necessari.
banner-acknowledge = Usiamo solo cookie strettamente necessari; alla prima visita un banner ti chiede di accettarli.
banner-acknowledge-choose = Alla prima visita un banner ti chiede di accettare i cookie strettamente necessari e ti permette di accettare o rifiutare gli altri.
reject-all = Rifiutare è facile quanto accettare: il banner presenta le due scelte con lo stesso risalto.
withdraw-sentence = Puoi modificare la tua scelta o revocare il consenso in qualsiasi momento tramite { $ways }.
withdraw-or = { $a }, oppure tramite { $b }
record = Registriamo la tua scelta in un cookie chiamato { $cookie }.
record-for = Registriamo la tua scelta per { $d } in un cookie chiamato { $cookie }.
renew-after = Ti chiediamo di nuovo il consenso dopo { $d }.
renew-on-change = Ti chiediamo di nuovo il consenso ogni volta che questa cookie policy cambia in modo sostanziale.
renew-both = Ti chiediamo di nuovo il consenso dopo { $d } e ogni volta che questa cookie policy cambia in modo sostanziale.
reprompt = Se rifiuti, non ti chiediamo di nuovo il consenso per almeno { $d }.
# Before a list of `renew-in-region` lines.
renew-by-region = Quanto dura il tuo consenso prima che te lo chiediamo di nuovo dipende da dove ti trovi:
renew-by-region-and-change = Ti chiediamo di nuovo il consenso ogni volta che questa cookie policy cambia in modo sostanziale e dopo un periodo che dipende da dove ti trovi:
# "in France: after 6 months".
renew-in-region = { $region }: dopo { $d }
reprompt-by-region = Se rifiuti, non ti chiediamo di nuovo il consenso per almeno:
reprompt-in-region = { $region }: { $d }
browser-settings = Puoi gestire i cookie anche dalle impostazioni del browser: puoi bloccarli, cancellarli o ricevere un avviso prima che ne venga installato uno. L’archiviazione locale e gli altri dati dei siti si cancellano con le stesse impostazioni («Cancella dati di navigazione» o simile).
block-required = Se blocchi i cookie strettamente necessari, alcune parti del sito potrebbero non funzionare.
browser-help = Come gestire i cookie nel tuo browser:
learn-more = Per saperne di più sui cookie:

## Changes and contact

h-changes = Modifiche alla presente cookie policy
changes = Possiamo aggiornare questa cookie policy, ad esempio quando iniziamo a usare nuovi cookie.
h-contact = Contatti
contact = Per domande sul nostro uso dei cookie puoi rivolgerti a:
contact-email = E-mail: { $email }
contact-website = Sito web: { $website }
contents = Indice

## The consent banner (vanilla-cookieconsent)

cc-title = Usiamo i cookie
cc-description = Usiamo cookie strettamente necessari al funzionamento del sito e, con il tuo consenso, altri cookie. Puoi accettarli, rifiutarli o scegliere per categoria, e modificare la tua scelta in qualsiasi momento.
cc-accept-all = Accetta tutti
cc-acknowledge-description = Usiamo solo cookie strettamente necessari al funzionamento del sito. Ti chiediamo di accettarne l’uso.
cc-accept = Accetta
cc-reject-all = Rifiuta tutti
cc-manage = Personalizza
cc-save = Salva le preferenze
cc-close = Chiudi
cc-prefs-title = Preferenze sui cookie
cc-prefs-intro = Scegli quali categorie di cookie e di altri strumenti di tracciamento possiamo usare. Quelli strettamente necessari sono sempre attivi.
cc-policy-link = Cookie policy
# Shown in the banner when an honoured opt-out preference signal (GPC) was detected (CCPA regulations §7025(c)(6)).
cc-opt-out-honoured = Richiesta di opposizione accolta
record-item-purpose = Memorizza le sue scelte sui cookie (le categorie accettate e la versione di questa informativa a cui ha risposto), per non chiederle di nuovo in ogni pagina.

## Legal basis, settings link, lifetimes, values and name patterns

# Label of a category's `legal-basis` / `legal-provision` line.
legal-basis = Base giuridica
legal-basis-consent = il tuo consenso
legal-basis-contract = l’esecuzione di un contratto con te
legal-basis-legal-obligation = un obbligo di legge al quale siamo soggetti
legal-basis-vital-interests = la salvaguardia di interessi vitali
legal-basis-public-task = l’esecuzione di un compito di interesse pubblico
legal-basis-legitimate-interests = il nostro legittimo interesse
# $basis: one of the above; $provision: the author's citation.
legal-basis-with-provision = { $basis } ({ $provision })
# `withdraw [footer-link]` with `settings-link`: $label is the site's own label.
withdraw-footer-link-named = il link «{ $label }» a piè di ogni pagina
# `lifetime at-most 30 days`.
lifetime-at-most = Fino a { $d }
# `lifetime sliding 2 minutes` with `renewed-every 30 seconds`.
lifetime-sliding-every = { $d } dopo la tua ultima attività, rinnovata ogni { $every }
# An item's `value`.
item-value = Valore: { $what }
# A glob with a leading `*` (`"*_key"`).
glob-suffix-note = (ogni nome che termina con «{ $suffix }»)
# Any other glob with a `*` that is not only at the end.
glob-note = (nomi conformi a questo schema, dove * sta per qualsiasi sequenza di caratteri)
# `cookie-wall wall` / `cookie-wall consent-or-pay`.
cookie-wall-wall = Puoi usare questo sito solo dopo aver accettato i cookie non strettamente necessari.
cookie-wall-consent-or-pay = Se rifiuti i cookie non strettamente necessari, puoi usare questo sito tramite un’opzione a pagamento.

## Issue 13: strumenti ospitati sui nostri server, fornitori che agiscono
## per conto di altri e cookie installati da terzi sul proprio dominio

self-hosted-name = { $name } (ospitato sui nostri server)
self-hosted-note = { $name } funziona sui nostri server: i dati raccolti con questo strumento restano presso di noi e non vengono comunicati a terzi.
third-own-no = No
third-own-listed = Sì, quelli elencati sopra
third-on-behalf-of = Agisce per conto di { $provider }.
item-third-party-domain = { $provider } installa questo cookie sul proprio dominio e ne ha il controllo esclusivo: noi non possiamo né leggerlo né cancellarlo. Per rimuoverlo, cancella i cookie di { $domain } dalle impostazioni del browser.

## Issue 13: items declared exempt from consent (`exempt <ground>`)

item-exempt = Non richiede consenso: { $ground }
item-exempt-statistics = Non richiede consenso nel Regno Unito: statistiche proprie per migliorare il nostro sito, a cui può opporsi in qualsiasi momento (eccezione per finalità statistiche)
exempt-ground-user-input = ricorda ciò che ha inserito o scelto in un modulo (input dell’utente)
exempt-ground-authentication = mantiene l’accesso al suo account (autenticazione)
exempt-ground-security = protegge il sito e il suo account dagli abusi (sicurezza)
exempt-ground-load-balancing = invia le sue richieste sempre allo stesso server (bilanciamento del carico)
exempt-ground-ui-customisation = memorizza una preferenza di visualizzazione da lei scelta (personalizzazione dell’interfaccia)
exempt-ground-consent-record = memorizza la sua scelta sul consenso (prova del consenso)

## Issue 13: examples on a negative commitment

# `no-external-analytics` with `external-analytics-examples`: $examples is a list of service names.
commitment-no-external-analytics-such-as = Non usiamo servizi di analisi esterni come { $examples }.
# Names joined: $a is "A, B", $b the last name.
list-or = { $a } o { $b }
