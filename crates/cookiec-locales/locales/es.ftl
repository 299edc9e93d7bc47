# Versión española de las frases que cookiec redacta por sí mismo
# (terminología de la AEPD, «Guía sobre el uso de las cookies»: «instalar»
# cookies, «finalidad», «titular», tratamiento de usted). Los argumentos de
# cada mensaje se describen en en.ftl.

## Dates

month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
date-day = { $day } de { $month } de { $year }
date-month = { $month } de { $year }

## Durations ($n is a number; $case is the grammatical case a sentence
## asks for through its `.case` attribute, `nominative` by default)

unit-second =
    { $n ->
        [one] { $n } segundo
       *[other] { $n } segundos
    }
unit-minute =
    { $n ->
        [one] { $n } minuto
       *[other] { $n } minutos
    }
unit-hour =
    { $n ->
        [one] { $n } hora
       *[other] { $n } horas
    }
unit-day =
    { $n ->
        [one] { $n } día
       *[other] { $n } días
    }
unit-week =
    { $n ->
        [one] { $n } semana
       *[other] { $n } semanas
    }
unit-month =
    { $n ->
        [one] { $n } mes
       *[other] { $n } meses
    }
unit-year =
    { $n ->
        [one] { $n } año
       *[other] { $n } años
    }
duration-and = { $a } y { $b }

## Lifetimes (the lifetime column)

lifetime-not-specified = No indicada
lifetime-nothing-stored = No se almacena nada
lifetime-session = Sesión
lifetime-session-configurable = Sesión (duración fijada en cada instalación)
lifetime-until-cleared = Hasta que se elimine
lifetime-until-sign-out = Hasta que cierre la sesión o esta caduque
lifetime-sliding-on = Hasta { $d } después de { $on }
lifetime-sliding = { $d }; se renueva en cada visita
lifetime-configurable = Fijada en cada instalación; { $d } por defecto
lifetime-configurable-sliding-on = Fijada en cada instalación; { $d } por defecto, se amplía después de { $on }
lifetime-configurable-sliding = Fijada en cada instalación; { $d } por defecto, se amplía con la actividad

## Kinds of technology

kind-cookie = Cookie
kind-local-storage = Almacenamiento local
kind-session-storage = Almacenamiento de sesión
kind-indexeddb = Base de datos IndexedDB
kind-cache-storage = Almacenamiento en caché
kind-pixel = Píxel / baliza web
kind-server-session = Sesión en el servidor
kind-explained-cookie = cookies, pequeños archivos de texto que su navegador guarda y devuelve al sitio con cada solicitud
kind-explained-local-storage = almacenamiento local, que guarda datos en su navegador sin fecha de caducidad y no los envía automáticamente al servidor
kind-explained-session-storage = almacenamiento de sesión, que guarda datos en una pestaña del navegador hasta que usted la cierra
kind-explained-indexeddb = IndexedDB, una base de datos de su navegador para datos estructurados de mayor tamaño
kind-explained-cache-storage = almacenamiento en caché (usado por un service worker), que guarda copias de archivos para que las páginas carguen más rápido y funcionen sin conexión
kind-explained-pixel = balizas web (píxeles, etiquetas), pequeñas solicitudes que indican a un servidor que se ha visto una página o un correo electrónico
kind-explained-server-session = sesiones en el servidor, datos que guardamos en nuestros servidores y que se vinculan a su navegador mediante una cookie

## Consent per region

consent-mode-required = siempre activas (estrictamente necesarias; no requieren consentimiento)
consent-mode-opt-in = solo se utilizan si usted las acepta
consent-mode-opt-out = activas salvo que usted se oponga
consent-mode-notice = activas; esta política le informa de ello
consent-in-region = { $region }: { $mode }
consent-and = { $a }; { $b }
region-default = en el resto del mundo
region-eu = en la Unión Europea
region-eea = en el Espacio Económico Europeo
region-uk = en el Reino Unido
region-ch = en Suiza
region-fr = en Francia
region-de = en Alemania
region-it = en Italia
region-es = en España
region-nl = en los Países Bajos
region-us = en los Estados Unidos
region-us-ca = en California
region-us-co = en Colorado
region-us-ct = en Connecticut
region-us-va = en Virginia
region-br = en Brasil
region-ca = en Canadá
region-za = en Sudáfrica
region-au = en Australia
region-jp = en Japón
region-in = en la India

## Commitments, change notices, ways to withdraw, provider roles

commitment-no-sale = No vendemos sus datos personales.
commitment-no-sharing = No compartimos sus datos personales para publicidad comportamental basada en su actividad en otros sitios y servicios.
commitment-no-advertising-profiles = No utilizamos cookies para elaborar perfiles publicitarios.
commitment-no-cross-site-tracking = No rastreamos su actividad en otros sitios web.
commitment-no-targeted-advertising = No mostramos publicidad personalizada.
commitment-no-ad-exchanges = No participamos en plataformas de intercambio publicitario.
commitment-no-external-analytics = No utilizamos servicios externos de análisis o medición.
commitment-no-third-party-advertising = No instalamos cookies publicitarias de terceros.
commitment-no-tracking-or-marketing = No utilizamos cookies con fines de seguimiento o marketing.
change-posted-on-page = La versión vigente está siempre publicada en esta página.
change-updated-date = Cuando la modificamos, cambia la fecha de «última actualización» que figura al principio.
change-email = Le informamos de los cambios importantes por correo electrónico.
change-banner = Mostramos un aviso en el sitio cuando la política cambia de forma importante.
change-effective-on-posting = Los cambios son efectivos desde su publicación en esta página.
withdraw-footer-link = el enlace «Configuración de cookies» del pie de cada página
withdraw-banner = el banner de cookies, que puede volver a abrir en cualquier momento
withdraw-settings-page = la página de ajustes de privacidad de su cuenta
withdraw-browser-only = la configuración de su navegador (eliminando las cookies y los datos de este sitio)
role-payments = pagos
role-analytics = análisis
role-error-reporting = notificación de errores
role-fonts = fuentes web
role-identity = identidad e inicio de sesión
role-hosting = alojamiento
role-cdn = distribución de contenidos
role-advertising = publicidad
role-support = atención al cliente
role-maps = mapas
role-video = vídeo
role-integrations = integraciones
role-other = otros servicios

## The policy: heading and introduction

policy-title = Política de cookies de { $service }
first-party = { $service } (editor del sitio)
label = { $label }:
last-updated = Última actualización
effective = En vigor desde
reference = Referencia
intro-site = Esta política de cookies explica cómo utiliza { $service } las cookies y tecnologías similares cuando usted visita { $site }, para qué sirven y cómo puede gestionarlas.
intro-no-site = Esta política de cookies explica cómo utiliza { $service } las cookies y tecnologías similares cuando usted visita nuestro sitio web o utiliza nuestro servicio, para qué sirven y cómo puede gestionarlas.
operated-by = El titular de { $service } es { $controller }.
read-with = Debe leerse junto con nuestra { $link }.
privacy-policy = política de privacidad

## What cookies are

h-what = Qué son las cookies y las tecnologías similares
what = Las cookies son pequeños archivos de texto que un sitio web guarda en su dispositivo cuando usted lo visita. Las cookies de sesión se eliminan al cerrar el navegador; las persistentes se conservan hasta que caducan o usted las elimina. Las cookies propias las instalamos nosotros; las de terceros, otra entidad.
besides = Además de las cookies, utilizamos:

## Categories

h-categories = Cómo utilizamos las cookies
no-categories = No utilizamos cookies ni tecnologías similares.
may-use-category = Podemos utilizar tecnologías de esta categoría; no están necesariamente activas en todo momento.
consent = Consentimiento
purposes = Finalidades
if-blocked = Si las bloquea
never-contain = Nunca contienen
h-not-used = Categorías que no utilizamos
category-not-used = { $title }: no se utiliza.

## The items table

prefix-note = (todo nombre que empiece por «{ $prefix }»)
regex-note = (nombres que siguen este patrón)
unnamed = Entradas sin nombre. Contenido: { $what }
may-be-used = (puede utilizarse)
item-set-when = Se instala { $when }
item-contains = Contiene: { $what }
item-never-contains = Nunca contiene: { $what }
item-keyed-by = Se vincula a su navegador mediante la cookie { $cookie }
item-not-sent = No se envía a nuestros servidores
item-sent = Se envía a nuestros servidores
item-stays = Permanece en su dispositivo
item-read-by-script = Nuestros scripts pueden leer su contenido
item-attributes = Atributos: { $list }
item-domain = Dominio: { $domain }
item-path = Ruta: { $path }
h-items = Cookies y tecnologías similares que utilizamos
no-items = No instalamos cookies ni guardamos datos en su dispositivo.
items-intro = Esta tabla recoge todas las cookies y todos los elementos de almacenamiento que se instalan en su dispositivo a través de este sitio.
items-caption = Cookies y elementos de almacenamiento
column-name = Nombre
column-kind = Tipo
column-category = Categoría
column-provider = Titular
column-purpose = Finalidad
column-lifetime = Duración
column-details = Detalles

## Third parties

h-third = Terceros
no-third = Ningún tercero instala cookies ni tecnologías similares a través de este sitio.
third-intro = Estos proveedores nos ayudan a prestar el servicio. Cuando instalan sus propias cookies, su uso se rige por sus propias políticas de privacidad.
any-provider = (cualquier proveedor de este tipo)
yes = Sí
not-stated = No se indica
not-published = No publicada
third-may-intro = Los proveedores marcados con «puede utilizarse» no se cargan en todas las visitas: el sitio puede cargar recursos de ellos, y entonces pueden instalar sus propias cookies.
may = Posiblemente
third-caption = Proveedores externos
third-column-provider = Proveedor
third-column-role = Qué hace
third-column-own-cookies = Instala sus propias cookies
third-column-privacy = Política de privacidad

## Commitments and signals

h-commitments = Lo que no hacemos
h-signals = Global Privacy Control y Do Not Track
gpc-honour = Respetamos Global Privacy Control (GPC). Cuando su navegador envía la señal GPC, la tratamos como un rechazo de todas las categorías que no son estrictamente necesarias, también de las que, sin ella, estarían activas salvo que usted se opusiera.
gpc-ignore = Actualmente no respondemos a las señales Global Privacy Control (GPC).
dnt-honour = Respetamos Do Not Track (DNT). Cuando su navegador envía esta señal, no utilizamos cookies que no sean estrictamente necesarias, salvo que usted las autorice expresamente.
dnt-ignore = Algunos navegadores envían una señal Do Not Track (DNT). Como no existe un estándar común para responder a ella, actualmente no respondemos a estas señales.
# `gpc sale-sharing`. $categories: the categories that count as a sale, a sharing or targeted advertising, each with `sold-category`.
gpc-sale-sharing = Respetamos Global Privacy Control (GPC) como una solicitud de oposición a la venta y al uso compartido de sus datos personales y a la publicidad personalizada: cuando su navegador envía la señal GPC, no utilizamos estas cookies: { $categories }.
dnt-sale-sharing = Respetamos Do Not Track (DNT) como una solicitud de oposición a la venta y al uso compartido de sus datos personales y a la publicidad personalizada: cuando su navegador envía esta señal, no utilizamos estas cookies: { $categories }.
# Before a list of `in-region` lines, when the response differs per region.
gpc-by-region = La forma en que respondemos a Global Privacy Control (GPC) depende de dónde se encuentre usted:
dnt-by-region = La forma en que respondemos a Do Not Track (DNT) depende de dónde se encuentre usted:
# One line of a per-region list: "in California: We honour …". $region is a `region-*` word.
in-region = { $region }: { $text }
# When the banner shows that an opt-out signal was honoured (California).
signal-shown = Cuando detectamos una señal de preferencia de oposición que respetamos, el banner de cookies indica que se ha atendido su solicitud de oposición.
# "Advertising (sale, sharing)".
sold-category = { $category } ({ $uses })
use-sale = venta
use-sharing = uso compartido
use-targeted-advertising = publicidad personalizada

## US state privacy rights

h-us-privacy = Sus derechos de privacidad según las leyes estatales de EE. UU.
us-intro = Algunas leyes estatales de privacidad de EE. UU. (como las de California, Colorado, Connecticut y Virginia) le otorgan el derecho a oponerse a la venta o al uso compartido de sus datos personales y a su uso para publicidad personalizada.
us-not-sold = No vendemos ni compartimos datos personales, ni los utilizamos para publicidad personalizada, mediante cookies o tecnologías similares.
us-sold = Mediante cookies y tecnologías similares, vendemos o compartimos datos personales, o los utilizamos para publicidad personalizada, en estas categorías:
# Per state, after `in-region`. $mode is a `consent-mode-*` phrase.
us-state-mode = estas cookies: { $mode };
us-gpc-honoured = una señal Global Privacy Control se trata como una solicitud de oposición.
us-gpc-ignored = las señales Global Privacy Control no se tratan como una solicitud de oposición.
us-opt-out-settings = Para oponerse, utilice la configuración de cookies, que puede abrir en cualquier página.
# $link is the link's label (a link or bold text).
us-opt-out-link = Para oponerse, utilice el enlace { $link } del pie de cada página.
link-do-not-sell-or-share = No vender ni compartir mis datos personales
link-do-not-sell = No vender mis datos personales
link-your-privacy-choices = Sus opciones de privacidad
link-limit-sensitive = Limitar el uso de mis datos personales sensibles

## Managing cookies

h-manage = Cómo gestionar las cookies
banner = Cuando se requiere su consentimiento, mostramos un banner de cookies que le permite aceptar o rechazar las cookies que no son estrictamente necesarias.
banner-acknowledge = Solo utilizamos cookies estrictamente necesarias; en su primera visita, un banner de cookies le pide que las acepte.
banner-acknowledge-choose = En su primera visita, un banner de cookies le pide que acepte las cookies estrictamente necesarias y le permite aceptar o rechazar las demás.
reject-all = Rechazar es tan fácil como aceptar: el banner ofrece ambas opciones con la misma visibilidad.
withdraw-sentence = Puede cambiar su elección o retirar su consentimiento en cualquier momento mediante { $ways }.
withdraw-or = { $a }, o mediante { $b }
record = Guardamos su elección en una cookie llamada { $cookie }.
record-for = Guardamos su elección durante { $d } en una cookie llamada { $cookie }.
renew-after = Le volvemos a pedir su consentimiento transcurridos { $d }.
renew-on-change = Le volvemos a pedir su consentimiento cada vez que esta política cambia de forma importante.
renew-both = Le volvemos a pedir su consentimiento transcurridos { $d } y cada vez que esta política cambia de forma importante.
reprompt = Si lo rechaza, no volvemos a preguntarle durante al menos { $d }.
# Before a list of `renew-in-region` lines.
renew-by-region = El tiempo que dura su consentimiento antes de que se lo volvamos a pedir depende de dónde se encuentre:
renew-by-region-and-change = Le volvemos a pedir su consentimiento cada vez que esta política cambia de forma importante y al cabo de un plazo que depende de dónde se encuentre:
# "in France: after 6 months".
renew-in-region = { $region }: al cabo de { $d }
reprompt-by-region = Si lo rechaza, no volvemos a preguntarle durante al menos:
reprompt-in-region = { $region }: { $d }
browser-settings = También puede controlar las cookies desde la configuración de su navegador: puede bloquearlas, eliminarlas o recibir un aviso antes de que se instale una. El almacenamiento local y los demás datos de los sitios se borran con los mismos ajustes («Borrar datos de navegación» o similar).
block-required = Si bloquea las cookies estrictamente necesarias, es posible que partes del sitio no funcionen.
browser-help = Cómo gestionar las cookies en su navegador:
learn-more = Para saber más sobre las cookies, visite:

## Changes and contact

h-changes = Cambios en esta política
changes = Podemos actualizar esta política de cookies, por ejemplo cuando empecemos a utilizar cookies nuevas.
h-contact = Contacto
contact = Si tiene preguntas sobre nuestro uso de las cookies, póngase en contacto con:
contact-email = Correo electrónico: { $email }
contact-website = Sitio web: { $website }
contents = Índice

## The consent banner (vanilla-cookieconsent)

cc-title = Utilizamos cookies
cc-description = Utilizamos cookies estrictamente necesarias para que el sitio funcione y, con su consentimiento, otras. Puede aceptarlas, rechazarlas o elegir por categorías, y cambiar su elección en cualquier momento.
cc-accept-all = Aceptar todas
cc-acknowledge-description = Solo utilizamos cookies estrictamente necesarias para que el sitio funcione. Le rogamos que acepte su uso.
cc-accept = Aceptar
cc-reject-all = Rechazar todas
cc-manage = Configurar
cc-save = Guardar preferencias
cc-close = Cerrar
cc-prefs-title = Preferencias de cookies
cc-prefs-intro = Elija qué categorías de cookies y tecnologías similares podemos utilizar. Las estrictamente necesarias están siempre activas.
cc-policy-link = Política de cookies
# Shown in the banner when an honoured opt-out preference signal (GPC) was detected (CCPA regulations §7025(c)(6)).
cc-opt-out-honoured = Solicitud de oposición atendida
record-item-purpose = Guarda sus preferencias de cookies (las categorías aceptadas y la versión de esta política a la que respondió), para no volver a preguntarle en cada página.

## Legal basis, settings link, lifetimes, values and name patterns

# Label of a category's `legal-basis` / `legal-provision` line.
legal-basis = Base jurídica
legal-basis-consent = su consentimiento
legal-basis-contract = la ejecución de un contrato con usted
legal-basis-legal-obligation = una obligación legal que nos es aplicable
legal-basis-vital-interests = la protección de intereses vitales
legal-basis-public-task = el cumplimiento de una misión realizada en interés público
legal-basis-legitimate-interests = nuestro interés legítimo
# $basis: one of the above; $provision: the author's citation.
legal-basis-with-provision = { $basis } ({ $provision })
# `withdraw [footer-link]` with `settings-link`: $label is the site's own label.
withdraw-footer-link-named = el enlace «{ $label }» del pie de cada página
# `lifetime at-most 30 days`.
lifetime-at-most = Hasta { $d }
# `lifetime sliding 2 minutes` with `renewed-every 30 seconds`.
lifetime-sliding-every = { $d } después de su última actividad; se renueva cada { $every }
# An item's `value`.
item-value = Valor: { $what }
# A glob with a leading `*` (`"*_key"`).
glob-suffix-note = (todo nombre que termine en «{ $suffix }»)
# Any other glob with a `*` that is not only at the end.
glob-note = (nombres que siguen este patrón, donde * equivale a cualquier secuencia de caracteres)
# `cookie-wall wall` / `cookie-wall consent-or-pay`.
cookie-wall-wall = Solo puede usar este sitio después de aceptar las cookies que no son estrictamente necesarias.
cookie-wall-consent-or-pay = Si rechaza las cookies que no son estrictamente necesarias, puede usar este sitio mediante una opción de pago.

## Issue 13: herramientas autoalojadas, proveedores que actúan por cuenta
## de otro y cookies que un tercero instala en su propio dominio

self-hosted-name = { $name } (autoalojado)
self-hosted-note = { $name } funciona en nuestros propios servidores: los datos recogidos con esta herramienta se quedan con nosotros y no se ceden a ningún tercero.
third-own-no = No
third-own-listed = Sí, las indicadas arriba
third-on-behalf-of = Actúa por cuenta de { $provider }.
item-third-party-domain = { $provider } instala esta cookie en su propio dominio y es el único que la controla: nosotros no podemos leerla ni eliminarla. Para eliminarla, borre las cookies de { $domain } en la configuración de su navegador.

## Issue 13: items declared exempt from consent (`exempt <ground>`)

item-exempt = No requiere consentimiento: { $ground }
item-exempt-statistics = No requiere consentimiento en el Reino Unido: estadísticas propias para mejorar nuestro sitio, a las que puede oponerse en cualquier momento (excepción con fines estadísticos)
exempt-ground-user-input = recuerda lo que ha escrito o elegido en un formulario (entrada del usuario)
exempt-ground-authentication = mantiene su sesión iniciada (autenticación)
exempt-ground-security = protege el sitio y su cuenta frente a abusos (seguridad)
exempt-ground-load-balancing = envía sus solicitudes al mismo servidor (equilibrio de carga)
exempt-ground-ui-customisation = guarda una preferencia de visualización que usted eligió (personalización de la interfaz)
exempt-ground-consent-record = guarda su elección sobre el consentimiento (registro del consentimiento)

## Issue 13: examples on a negative commitment

# `no-external-analytics` with `external-analytics-examples`: $examples is a list of service names.
commitment-no-external-analytics-such-as = No utilizamos servicios externos de análisis o medición, como { $examples }.
# Names joined: $a is "A, B", $b the last name.
list-or = { $a } o { $b }
