# Version française des phrases que cookiec rédige lui-même (terminologie
# de la CNIL : « cookies et autres traceurs », « déposer », « finalités »,
# « mesure d'audience »). Espaces insécables avant « : ; ? » et dans les
# guillemets. Les arguments de chaque message sont décrits dans en.ftl.

## Dates

month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
date-day =
    { $day ->
        [1] 1er
       *[other] { $day }
    } { $month } { $year }
date-month = { $month } { $year }

## Durations ($n is a number; $case is the grammatical case a sentence
## asks for through its `.case` attribute, `nominative` by default)

unit-second =
    { $n ->
        [one] { $n } seconde
       *[other] { $n } secondes
    }
unit-minute =
    { $n ->
        [one] { $n } minute
       *[other] { $n } minutes
    }
unit-hour =
    { $n ->
        [one] { $n } heure
       *[other] { $n } heures
    }
unit-day =
    { $n ->
        [one] { $n } jour
       *[other] { $n } jours
    }
unit-week =
    { $n ->
        [one] { $n } semaine
       *[other] { $n } semaines
    }
unit-month =
    { $n ->
        [one] { $n } mois
       *[other] { $n } mois
    }
unit-year =
    { $n ->
        [one] { $n } an
       *[other] { $n } ans
    }
duration-and = { $a } et { $b }

## Lifetimes (the lifetime column)

lifetime-not-specified = Non précisée
lifetime-nothing-stored = Aucune donnée enregistrée
lifetime-session = Session
lifetime-session-configurable = Session (durée fixée pour chaque installation)
lifetime-until-cleared = Jusqu’à suppression
lifetime-until-sign-out = Jusqu’à votre déconnexion ou l’expiration de votre session
lifetime-sliding-on = Jusqu’à { $d } après { $on }
lifetime-sliding = { $d }, durée renouvelée à chaque visite
lifetime-configurable = Fixée pour chaque installation ; { $d } par défaut
lifetime-configurable-sliding-on = Fixée pour chaque installation ; { $d } par défaut, prolongée après { $on }
lifetime-configurable-sliding = Fixée pour chaque installation ; { $d } par défaut, prolongée en cas d’activité

## Kinds of technology

kind-cookie = Cookie
kind-local-storage = Stockage local
kind-session-storage = Stockage de session
kind-indexeddb = Base de données IndexedDB
kind-cache-storage = Stockage en cache
kind-pixel = Pixel / balise web
kind-server-session = Session côté serveur
kind-explained-cookie = les cookies, de petits fichiers texte que votre navigateur enregistre et renvoie au site à chaque requête
kind-explained-local-storage = le stockage local, qui conserve des données dans votre navigateur sans date d’expiration et ne les transmet pas automatiquement au serveur
kind-explained-session-storage = le stockage de session, qui conserve des données dans un onglet du navigateur jusqu’à sa fermeture
kind-explained-indexeddb = IndexedDB, une base de données de votre navigateur destinée à des données structurées plus volumineuses
kind-explained-cache-storage = le stockage en cache (utilisé par un service worker), qui conserve des copies de fichiers pour que les pages se chargent plus vite et fonctionnent hors ligne
kind-explained-pixel = les balises web (pixels, tags), de minuscules requêtes qui signalent à un serveur qu’une page ou un e-mail a été consulté
kind-explained-server-session = les sessions côté serveur, des données conservées sur nos serveurs et reliées à votre navigateur par un cookie

## Consent per region

consent-mode-required = toujours actifs (strictement nécessaires, aucun consentement requis)
consent-mode-opt-in = utilisés uniquement après votre consentement
consent-mode-opt-out = actifs, sauf si vous vous y opposez
consent-mode-notice = actifs ; la présente politique vous en informe
consent-in-region = { $region } : { $mode }
consent-and = { $a } ; { $b }
region-default = partout ailleurs
region-eu = dans l’Union européenne
region-eea = dans l’Espace économique européen
region-uk = au Royaume-Uni
region-ch = en Suisse
region-fr = en France
region-de = en Allemagne
region-it = en Italie
region-es = en Espagne
region-nl = aux Pays-Bas
region-us = aux États-Unis
region-us-ca = en Californie
region-us-co = au Colorado
region-us-ct = au Connecticut
region-us-va = en Virginie
region-br = au Brésil
region-ca = au Canada
region-za = en Afrique du Sud
region-au = en Australie
region-jp = au Japon
region-in = en Inde

## Commitments, change notices, ways to withdraw, provider roles

commitment-no-sale = Nous ne vendons pas vos données personnelles.
commitment-no-sharing = Nous ne partageons pas vos données personnelles à des fins de publicité comportementale fondée sur votre activité sur d’autres sites et services.
commitment-no-advertising-profiles = Nous n’utilisons pas de cookies pour constituer des profils publicitaires.
commitment-no-cross-site-tracking = Nous ne suivons pas votre navigation sur d’autres sites web.
commitment-no-targeted-advertising = Nous ne diffusons pas de publicité ciblée.
commitment-no-ad-exchanges = Nous ne participons à aucune plateforme d’échange publicitaire.
commitment-no-external-analytics = Nous n’utilisons aucun service externe de mesure d’audience.
commitment-no-third-party-advertising = Nous ne déposons pas de cookies publicitaires tiers.
commitment-no-tracking-or-marketing = Nous n’utilisons pas de cookies à des fins de suivi ou de marketing.
change-posted-on-page = La version en vigueur est toujours publiée sur cette page.
change-updated-date = Lorsque nous la modifions, la date de « dernière mise à jour » indiquée en haut de page change.
change-email = Nous vous informons des modifications importantes par e-mail.
change-banner = Nous affichons un avis sur le site lorsque la politique change de manière importante.
change-effective-on-posting = Les modifications prennent effet dès leur publication sur cette page.
withdraw-footer-link = le lien « Paramètres des cookies » en bas de chaque page
withdraw-banner = le bandeau cookies, que vous pouvez rouvrir à tout moment
withdraw-settings-page = la page des paramètres de confidentialité de votre compte
withdraw-browser-only = les paramètres de votre navigateur (supprimez les cookies et les données de ce site)
role-payments = paiements
role-analytics = mesure d’audience
role-error-reporting = signalement d’erreurs
role-fonts = polices web
role-identity = identité et connexion
role-hosting = hébergement
role-cdn = diffusion de contenu (CDN)
role-advertising = publicité
role-support = assistance client
role-maps = cartes
role-video = vidéo
role-integrations = intégrations
role-other = autres services

## The policy: heading and introduction

policy-title = Politique cookies de { $service }
first-party = { $service } (éditeur du site)
label = { $label } :
last-updated = Dernière mise à jour
effective = Date d’entrée en vigueur
reference = Référence
intro-site = La présente politique explique comment { $service } utilise des cookies et d’autres traceurs lorsque vous consultez { $site }, à quoi ils servent et comment vous pouvez les gérer.
intro-no-site = La présente politique explique comment { $service } utilise des cookies et d’autres traceurs lorsque vous consultez notre site ou utilisez notre service, à quoi ils servent et comment vous pouvez les gérer.
operated-by = L’éditeur de { $service } est { $controller }.
read-with = Elle complète notre { $link }.
privacy-policy = politique de confidentialité

## What cookies are

h-what = Que sont les cookies et les autres traceurs ?
what = Les cookies sont de petits fichiers texte qu’un site web dépose sur votre appareil lorsque vous le consultez. Les cookies de session sont supprimés à la fermeture du navigateur ; les cookies persistants restent jusqu’à leur expiration ou jusqu’à ce que vous les supprimiez. Les cookies internes sont déposés par nous, les cookies tiers par un autre acteur.
besides = Outre les cookies, nous utilisons :

## Categories

h-categories = Comment nous utilisons les cookies
no-categories = Nous n’utilisons ni cookies ni autres traceurs.
may-use-category = Nous pouvons utiliser des traceurs de cette catégorie ; ils ne sont pas nécessairement actifs en permanence.
consent = Consentement
purposes = Finalités
if-blocked = Si vous les bloquez
never-contain = Ils ne contiennent jamais
h-not-used = Catégories que nous n’utilisons pas
category-not-used = { $title } : non utilisée.

## The items table

prefix-note = (tout nom commençant par « { $prefix } »)
regex-note = (noms correspondant à ce motif)
unnamed = Entrées sans nom. Contenu : { $what }
may-be-used =
    { $kind ->
        [indexeddb] (peut être utilisée)
        [server-session] (peut être utilisée)
       *[other] (peut être utilisé)
    }
item-set-when = Dépôt : { $when }
item-contains = Contenu : { $what }
item-never-contains = Ne contient jamais : { $what }
item-keyed-by =
    { $kind ->
        [indexeddb] Reliée
        [server-session] Reliée
       *[other] Relié
    } à votre navigateur par le cookie { $cookie }
item-not-sent = Non transmis à nos serveurs
item-sent =
    { $kind ->
        [indexeddb] Transmise
       *[other] Transmis
    } à nos serveurs
item-stays = Reste sur votre appareil
item-read-by-script =
    { $kind ->
        [indexeddb] Lue
        [server-session] Lue
       *[other] Lu
    } par nos scripts
item-attributes = Attributs : { $list }
item-domain = Domaine : { $domain }
item-path = Chemin : { $path }
h-items = Cookies et autres traceurs que nous utilisons
no-items = Nous ne déposons aucun cookie et n’enregistrons aucune donnée sur votre appareil.
items-intro = Ce tableau recense chaque cookie et chaque élément de stockage déposé sur votre appareil par l’intermédiaire de ce site.
items-caption = Cookies et éléments de stockage
column-name = Nom
column-kind = Type
column-category = Catégorie
column-provider = Émetteur
column-purpose = Finalité
column-lifetime = Durée de vie
column-details = Détails

## Third parties

h-third = Tiers
no-third = Aucun tiers ne dépose de cookies ou d’autres traceurs par l’intermédiaire de ce site.
third-intro = Ces prestataires nous aident à faire fonctionner le service. Lorsqu’ils déposent leurs propres cookies, ceux-ci sont régis par leurs propres politiques de confidentialité.
any-provider = (tout prestataire de ce type)
yes = Oui
not-stated = Non précisé
not-published = Non publiée
third-may-intro = Les prestataires marqués « peut être utilisé » ne sont pas chargés à chaque visite : le site peut charger des ressources depuis leurs serveurs, et ils peuvent alors déposer leurs propres cookies.
may = Éventuellement
third-caption = Prestataires tiers
third-column-provider = Prestataire
third-column-role = Rôle
third-column-own-cookies = Dépose ses propres cookies
third-column-privacy = Politique de confidentialité

## Commitments and signals

h-commitments = Ce que nous ne faisons pas
h-signals = Global Privacy Control et Do Not Track
gpc-honour = Nous respectons le signal Global Privacy Control (GPC). Lorsque votre navigateur l’envoie, nous le traitons comme un refus de toutes les catégories qui ne sont pas strictement nécessaires, y compris celles qui seraient sinon actives tant que vous ne vous y opposez pas.
gpc-ignore = Nous ne donnons actuellement pas suite aux signaux Global Privacy Control (GPC).
dnt-honour = Nous respectons le signal Do Not Track (DNT). Lorsque votre navigateur l’envoie, nous n’utilisons pas de cookies non strictement nécessaires, sauf si vous les autorisez expressément.
dnt-ignore = Certains navigateurs envoient un signal Do Not Track (DNT). Faute de norme reconnue sur la manière d’y répondre, nous ne donnons actuellement pas suite à ces signaux.
# `gpc sale-sharing`. $categories: the categories that count as a sale, a sharing or targeted advertising, each with `sold-category`.
gpc-sale-sharing = Nous respectons le signal Global Privacy Control (GPC) comme une demande d’opposition à la vente et au partage de vos données personnelles ainsi qu’à la publicité ciblée : lorsque votre navigateur envoie le signal GPC, nous n’utilisons pas ces cookies : { $categories }.
dnt-sale-sharing = Nous respectons le signal Do Not Track (DNT) comme une demande d’opposition à la vente et au partage de vos données personnelles ainsi qu’à la publicité ciblée : lorsque votre navigateur l’envoie, nous n’utilisons pas ces cookies : { $categories }.
# Before a list of `in-region` lines, when the response differs per region.
gpc-by-region = Notre réponse au signal Global Privacy Control (GPC) dépend de l’endroit où vous vous trouvez :
dnt-by-region = Notre réponse au signal Do Not Track (DNT) dépend de l’endroit où vous vous trouvez :
# One line of a per-region list: "in California: We honour …". $region is a `region-*` word.
in-region = { $region } : { $text }
# When the banner shows that an opt-out signal was honoured (California).
signal-shown = Lorsque nous détectons un signal de préférence d’opposition que nous respectons, le bandeau cookies indique que votre demande d’opposition a été prise en compte.
# "Advertising (sale, sharing)".
sold-category = { $category } ({ $uses })
use-sale = vente
use-sharing = partage
use-targeted-advertising = publicité ciblée

## US state privacy rights

h-us-privacy = Vos droits au titre des lois des États américains sur la vie privée
us-intro = Certaines lois d’États américains sur la protection de la vie privée (comme celles de Californie, du Colorado, du Connecticut et de Virginie) vous donnent le droit de vous opposer à la vente ou au partage de vos données personnelles et à leur utilisation à des fins de publicité ciblée.
us-not-sold = Nous ne vendons ni ne partageons de données personnelles, et ne les utilisons pas à des fins de publicité ciblée, au moyen de cookies ou d’autres traceurs.
us-sold = Au moyen de cookies et d’autres traceurs, nous vendons ou partageons des données personnelles, ou les utilisons à des fins de publicité ciblée, dans les catégories suivantes :
# Per state, after `in-region`. $mode is a `consent-mode-*` phrase.
us-state-mode = ces cookies sont { $mode } ;
us-gpc-honoured = un signal Global Privacy Control est traité comme une demande d’opposition.
us-gpc-ignored = les signaux Global Privacy Control ne sont pas traités comme une demande d’opposition.
us-opt-out-settings = Pour vous y opposer, utilisez les paramètres des cookies, accessibles depuis chaque page.
# $link is the link's label (a link or bold text).
us-opt-out-link = Pour vous y opposer, utilisez le lien { $link } en bas de chaque page.
link-do-not-sell-or-share = Ne pas vendre ni partager mes données personnelles
link-do-not-sell = Ne pas vendre mes données personnelles
link-your-privacy-choices = Vos choix en matière de confidentialité
link-limit-sensitive = Limiter l’utilisation de mes données personnelles sensibles

## Managing cookies

h-manage = Gérer les cookies
banner = Lorsque le consentement est requis, nous affichons un bandeau cookies qui vous permet d’accepter ou de refuser les cookies qui ne sont pas strictement nécessaires.
banner-acknowledge = Nous n’utilisons que des cookies strictement nécessaires ; lors de votre première visite, un bandeau cookies vous demande de les accepter.
banner-acknowledge-choose = Lors de votre première visite, un bandeau cookies vous demande d’accepter les cookies strictement nécessaires et vous permet d’accepter ou de refuser les autres.
reject-all = Refuser est aussi simple qu’accepter : le bandeau présente les deux choix de la même manière.
withdraw-sentence = Vous pouvez à tout moment modifier votre choix ou retirer votre consentement via { $ways }.
withdraw-or = { $a }, ou via { $b }
record = Nous enregistrons votre choix dans un cookie nommé { $cookie }.
record-for = Nous enregistrons votre choix pendant { $d } dans un cookie nommé { $cookie }.
renew-after = Nous vous redemandons votre consentement au bout de { $d }.
renew-on-change = Nous vous redemandons votre consentement à chaque modification importante de la présente politique.
renew-both = Nous vous redemandons votre consentement au bout de { $d } et à chaque modification importante de la présente politique.
reprompt = Si vous refusez, nous ne vous redemandons pas votre consentement avant au moins { $d }.
# Before a list of `renew-in-region` lines.
renew-by-region = La durée de validité de votre consentement avant que nous vous le redemandions dépend de l’endroit où vous vous trouvez :
renew-by-region-and-change = Nous vous redemandons votre consentement à chaque modification importante de la présente politique, ainsi qu’au bout d’une durée qui dépend de l’endroit où vous vous trouvez :
# "in France: after 6 months".
renew-in-region = { $region } : au bout de { $d }
reprompt-by-region = Si vous refusez, nous ne vous redemandons pas votre consentement avant au moins :
reprompt-in-region = { $region } : { $d }
browser-settings = Vous pouvez aussi gérer les cookies dans les paramètres de votre navigateur : les bloquer, les supprimer ou être averti avant leur dépôt. Le stockage local et les autres données de site s’effacent avec les mêmes réglages (« Effacer les données de navigation » ou équivalent).
block-required = Si vous bloquez les cookies strictement nécessaires, certaines parties du site peuvent ne pas fonctionner.
browser-help = Pour gérer les cookies dans votre navigateur :
learn-more = Pour en savoir plus sur les cookies :

## Changes and contact

h-changes = Modifications de la présente politique
changes = Nous pouvons mettre à jour la présente politique, par exemple lorsque nous commençons à utiliser de nouveaux cookies.
h-contact = Contact
contact = Pour toute question sur notre utilisation des cookies, contactez :
contact-email = Courriel : { $email }
contact-website = Site web : { $website }
contents = Sommaire

## The consent banner (vanilla-cookieconsent)

cc-title = Nous utilisons des cookies
cc-description = Nous utilisons des cookies strictement nécessaires au fonctionnement du site et, avec votre consentement, d’autres cookies. Vous pouvez les accepter, les refuser ou choisir par catégorie, et modifier votre choix à tout moment.
cc-accept-all = Tout accepter
cc-acknowledge-description = Nous n’utilisons que des cookies strictement nécessaires au fonctionnement du site. Merci d’accepter leur utilisation.
cc-accept = Accepter
cc-reject-all = Tout refuser
cc-manage = Personnaliser
cc-save = Enregistrer mes choix
cc-close = Fermer
cc-prefs-title = Paramètres des cookies
cc-prefs-intro = Choisissez les catégories de cookies et d’autres traceurs que nous pouvons utiliser. Les cookies strictement nécessaires sont toujours actifs.
cc-policy-link = Politique cookies
# Shown in the banner when an honoured opt-out preference signal (GPC) was detected (CCPA regulations §7025(c)(6)).
cc-opt-out-honoured = Demande d’opposition prise en compte
record-item-purpose = Enregistre vos choix en matière de cookies (les catégories acceptées et la version de cette politique à laquelle vous avez répondu), pour ne pas vous les redemander sur chaque page.

## Legal basis, settings link, lifetimes, values and name patterns

# Label of a category's `legal-basis` / `legal-provision` line.
legal-basis = Base juridique
legal-basis-consent = votre consentement
legal-basis-contract = l’exécution d’un contrat conclu avec vous
legal-basis-legal-obligation = une obligation légale à laquelle nous sommes soumis
legal-basis-vital-interests = la sauvegarde d’intérêts vitaux
legal-basis-public-task = l’exécution d’une mission d’intérêt public
legal-basis-legitimate-interests = notre intérêt légitime
# $basis: one of the above; $provision: the author's citation.
legal-basis-with-provision = { $basis } ({ $provision })
# `withdraw [footer-link]` with `settings-link`: $label is the site's own label.
withdraw-footer-link-named = le lien « { $label } » en bas de chaque page
# `lifetime at-most 30 days`.
lifetime-at-most = Jusqu’à { $d }
# `lifetime sliding 2 minutes` with `renewed-every 30 seconds`.
lifetime-sliding-every = { $d } après votre dernière activité, durée renouvelée toutes les { $every }
# An item's `value`.
item-value = Valeur : { $what }
# A glob with a leading `*` (`"*_key"`).
glob-suffix-note = (tout nom se terminant par « { $suffix } »)
# Any other glob with a `*` that is not only at the end.
glob-note = (noms correspondant à ce motif, où * remplace n’importe quelle suite de caractères)
# `cookie-wall wall` / `cookie-wall consent-or-pay`.
cookie-wall-wall = Vous ne pouvez utiliser ce site qu’après avoir accepté les cookies qui ne sont pas strictement nécessaires.
cookie-wall-consent-or-pay = Si vous refusez les cookies qui ne sont pas strictement nécessaires, vous pouvez utiliser ce site au moyen d’une offre payante.

## Issue 13 : outils auto-hébergés, prestataires agissant pour le compte
## d’un autre, cookies déposés par un tiers sur son propre domaine

self-hosted-name = { $name } (auto-hébergé)
self-hosted-note = { $name } fonctionne sur nos propres serveurs : les données collectées avec cet outil restent chez nous et ne sont transmises à aucun tiers.
third-own-no = Non
third-own-listed = Oui, ceux listés ci-dessus
third-on-behalf-of = Agit pour le compte de { $provider }.
item-third-party-domain = { $provider } dépose ce cookie sur son propre domaine et en garde seul le contrôle : nous ne pouvons ni le lire ni le supprimer. Pour vous en défaire, effacez les cookies de { $domain } dans les paramètres de votre navigateur.

## Issue 13: items declared exempt from consent (`exempt <ground>`)

item-exempt = Exempté de consentement : { $ground }
item-exempt-statistics = Exempté de consentement au Royaume-Uni : statistiques internes pour améliorer notre site, auxquelles vous pouvez vous opposer à tout moment (exception à des fins statistiques)
exempt-ground-user-input = conserve ce que vous avez saisi ou choisi dans un formulaire (saisie de l’utilisateur)
exempt-ground-authentication = vous garde connecté (authentification)
exempt-ground-security = protège le site et votre compte contre les abus (sécurité)
exempt-ground-load-balancing = dirige vos requêtes vers le même serveur (répartition de charge)
exempt-ground-ui-customisation = conserve une préférence d’affichage que vous avez choisie (personnalisation de l’interface)
exempt-ground-consent-record = conserve votre choix en matière de consentement (preuve du consentement)

## Issue 13: examples on a negative commitment

# `no-external-analytics` with `external-analytics-examples`: $examples is a list of service names.
commitment-no-external-analytics-such-as = Nous n’utilisons aucun service externe de mesure d’audience, tel que { $examples }.
# Names joined: $a is "A, B", $b the last name.
list-or = { $a } ou { $b }
