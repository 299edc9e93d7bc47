# Versão em português do Brasil das frases que o cookiec escreve por conta
# própria (terminologia do Guia orientativo de cookies da ANPD e da LGPD:
# “cookies estritamente necessários”, “controlador”, “finalidade”,
# “revogar o consentimento”; tratamento por “você”). Os argumentos de cada
# mensagem estão descritos em en.ftl.

## Dates

month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro
date-day =
    { $day ->
        [1] 1º
       *[other] { $day }
    } de { $month } de { $year }
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
        [one] { $n } dia
       *[other] { $n } dias
    }
unit-week =
    { $n ->
        [one] { $n } semana
       *[other] { $n } semanas
    }
unit-month =
    { $n ->
        [one] { $n } mês
       *[other] { $n } meses
    }
unit-year =
    { $n ->
        [one] { $n } ano
       *[other] { $n } anos
    }
duration-and = { $a } e { $b }

## Lifetimes (the lifetime column)

lifetime-not-specified = Não informada
lifetime-nothing-stored = Nada é armazenado
lifetime-session = Sessão
lifetime-session-configurable = Sessão (duração definida em cada instalação)
lifetime-until-cleared = Até ser apagado
lifetime-until-sign-out = Até você sair da conta ou sua sessão expirar
lifetime-sliding-on = Até { $d } após { $on }
lifetime-sliding = { $d }, renovada a cada visita
lifetime-configurable = Definida em cada instalação; padrão de { $d }
lifetime-configurable-sliding-on = Definida em cada instalação; padrão de { $d }, prorrogada após { $on }
lifetime-configurable-sliding = Definida em cada instalação; padrão de { $d }, prorrogada com a atividade

## Kinds of technology

kind-cookie = Cookie
kind-local-storage = Armazenamento local
kind-session-storage = Armazenamento de sessão
kind-indexeddb = Banco de dados IndexedDB
kind-cache-storage = Armazenamento em cache
kind-pixel = Pixel / web beacon
kind-server-session = Sessão no servidor
kind-explained-cookie = cookies, pequenos arquivos de texto que o seu navegador armazena e devolve ao site a cada requisição
kind-explained-local-storage = armazenamento local (local storage), que guarda dados no seu navegador sem data de expiração e não os envia automaticamente ao servidor
kind-explained-session-storage = armazenamento de sessão (session storage), que guarda dados em uma aba do navegador até você fechá-la
kind-explained-indexeddb = IndexedDB, um banco de dados do seu navegador para dados estruturados maiores
kind-explained-cache-storage = armazenamento em cache (usado por um service worker), que guarda cópias de arquivos para que as páginas carreguem mais rápido e funcionem off-line
kind-explained-pixel = web beacons (pixels, tags), pequenas requisições que informam a um servidor que uma página ou um e-mail foi visualizado
kind-explained-server-session = sessões no servidor, dados mantidos nos nossos servidores e vinculados ao seu navegador por um cookie

## Consent per region

consent-mode-required = sempre ativos (estritamente necessários, sem necessidade de consentimento)
consent-mode-opt-in = usados somente após o seu consentimento
consent-mode-opt-out = ativos, a menos que você se oponha
consent-mode-notice = ativos; esta política traz essa informação
consent-in-region = { $region }: { $mode }
consent-and = { $a }; { $b }
region-default = nos demais lugares
region-eu = na União Europeia
region-eea = no Espaço Econômico Europeu
region-uk = no Reino Unido
region-ch = na Suíça
region-fr = na França
region-de = na Alemanha
region-it = na Itália
region-es = na Espanha
region-nl = nos Países Baixos
region-us = nos Estados Unidos
region-us-ca = na Califórnia
region-us-co = no Colorado
region-us-ct = em Connecticut
region-us-va = na Virgínia
region-br = no Brasil
region-ca = no Canadá
region-za = na África do Sul
region-au = na Austrália
region-jp = no Japão
region-in = na Índia

## Commitments, change notices, ways to withdraw, provider roles

commitment-no-sale = Não vendemos os seus dados pessoais.
commitment-no-sharing = Não compartilhamos os seus dados pessoais para publicidade comportamental baseada na sua atividade em outros sites e serviços.
commitment-no-advertising-profiles = Não usamos cookies para criar perfis publicitários.
commitment-no-cross-site-tracking = Não rastreamos você em outros sites.
commitment-no-targeted-advertising = Não exibimos publicidade direcionada.
commitment-no-ad-exchanges = Não participamos de plataformas de troca de anúncios (ad exchanges).
commitment-no-external-analytics = Não usamos serviços externos de análise.
commitment-no-third-party-advertising = Não utilizamos cookies de publicidade de terceiros.
commitment-no-tracking-or-marketing = Não usamos cookies para rastreamento ou marketing.
change-posted-on-page = A versão atual está sempre publicada nesta página.
change-updated-date = Quando a alteramos, a data de “última atualização” no topo muda.
change-email = Informamos você sobre alterações relevantes por e-mail.
change-banner = Exibimos um aviso no site quando a política muda de forma relevante.
change-effective-on-posting = As alterações valem a partir da sua publicação nesta página.
withdraw-footer-link = pelo link “Configurações de cookies” no rodapé de todas as páginas
withdraw-banner = pelo banner de cookies, que você pode reabrir a qualquer momento
withdraw-settings-page = pela página de configurações de privacidade da sua conta
withdraw-browser-only = pelas configurações do seu navegador (apagando os cookies e os dados deste site)
role-payments = pagamentos
role-analytics = análise de uso
role-error-reporting = relatórios de erros
role-fonts = fontes da web
role-identity = identidade e login
role-hosting = hospedagem
role-cdn = entrega de conteúdo (CDN)
role-advertising = publicidade
role-support = atendimento ao cliente
role-maps = mapas
role-video = vídeo
role-integrations = integrações
role-other = outros serviços

## The policy: heading and introduction

policy-title = Política de Cookies de { $service }
first-party = { $service } (próprio site)
label = { $label }:
last-updated = Última atualização
effective = Vigente desde
reference = Referência
intro-site = Esta Política de Cookies explica como { $service } usa cookies e tecnologias semelhantes quando você visita { $site }, para que servem e como você pode gerenciá-los.
intro-no-site = Esta Política de Cookies explica como { $service } usa cookies e tecnologias semelhantes quando você visita o nosso site ou usa o nosso serviço, para que servem e como você pode gerenciá-los.
operated-by = O controlador de { $service } é { $controller }.
read-with = Ela deve ser lida em conjunto com a nossa { $link }.
privacy-policy = Política de Privacidade

## What cookies are

h-what = O que são cookies e tecnologias semelhantes
what = Cookies são pequenos arquivos de texto que um site coloca no seu dispositivo quando você o visita. Os cookies de sessão são apagados quando você fecha o navegador; os cookies persistentes permanecem até expirarem ou até você apagá-los. Cookies próprios são definidos por nós; cookies de terceiros, por outra empresa.
besides = Além dos cookies, usamos:

## Categories

h-categories = Como usamos cookies
no-categories = Não usamos cookies nem tecnologias semelhantes.
may-use-category = Podemos usar tecnologias desta categoria; elas não estão necessariamente em uso o tempo todo.
consent = Consentimento
purposes = Finalidades
if-blocked = Se você os bloquear
never-contain = Eles nunca contêm
h-not-used = Categorias que não usamos
category-not-used = { $title }: não utilizada.

## The items table

prefix-note = (todo nome que começa com “{ $prefix }”)
regex-note = (nomes que seguem este padrão)
unnamed = Entradas sem nome. Conteúdo: { $what }
may-be-used =
    { $kind ->
        [server-session] (pode ser usada)
       *[other] (pode ser usado)
    }
item-set-when =
    { $kind ->
        [server-session] Criada
       *[other] Definido
    } { $when }
item-contains = Contém: { $what }
item-never-contains = Nunca contém: { $what }
item-keyed-by =
    { $kind ->
        [server-session] Vinculada
       *[other] Vinculado
    } ao seu navegador pelo cookie { $cookie }
item-not-sent = Não é enviado aos nossos servidores
item-sent = É enviado aos nossos servidores
item-stays = Permanece no seu dispositivo
item-read-by-script =
    { $kind ->
        [server-session] Lida
       *[other] Lido
    } pelos nossos scripts
item-attributes = Atributos: { $list }
item-domain = Domínio: { $domain }
item-path = Caminho: { $path }
h-items = Cookies e tecnologias semelhantes que usamos
no-items = Não definimos cookies nem armazenamos dados no seu dispositivo.
items-intro = Esta tabela lista todos os cookies e itens de armazenamento colocados no seu dispositivo por meio deste site.
items-caption = Cookies e itens de armazenamento
column-name = Nome
column-kind = Tipo
column-category = Categoria
column-provider = Fornecedor
column-purpose = Finalidade
column-lifetime = Duração
column-details = Detalhes

## Third parties

h-third = Terceiros
no-third = Nenhum terceiro define cookies ou tecnologias semelhantes por meio deste site.
third-intro = Estes fornecedores nos ajudam a operar o serviço. Quando definem os seus próprios cookies, o uso deles é regido pelas respectivas políticas de privacidade.
any-provider = (qualquer fornecedor deste tipo)
yes = Sim
not-stated = Não informado
not-published = Não publicada
third-may-intro = Os fornecedores marcados com “pode ser usado” não são carregados em todas as visitas: o site pode carregar conteúdo deles, e eles podem então definir os seus próprios cookies.
may = Possivelmente
third-caption = Fornecedores terceiros
third-column-provider = Fornecedor
third-column-role = O que fazem
third-column-own-cookies = Definem cookies próprios
third-column-privacy = Política de privacidade

## Commitments and signals

h-commitments = O que não fazemos
h-signals = Global Privacy Control e Do Not Track
gpc-honour = Respeitamos o Global Privacy Control (GPC). Quando o seu navegador envia o sinal GPC, nós o tratamos como uma recusa de todas as categorias que não são estritamente necessárias, inclusive daquelas que, sem ele, estariam ativas até você se opor.
gpc-ignore = No momento, não respondemos a sinais Global Privacy Control (GPC).
dnt-honour = Respeitamos o Do Not Track (DNT). Quando o seu navegador envia esse sinal, não usamos cookies que não sejam estritamente necessários, a menos que você os permita expressamente.
dnt-ignore = Alguns navegadores enviam um sinal Do Not Track (DNT). Como não há um padrão aceito pelo setor para responder a ele, no momento não respondemos a esses sinais.
# `gpc sale-sharing`. $categories: the categories that count as a sale, a sharing or targeted advertising, each with `sold-category`.
gpc-sale-sharing = Respeitamos o Global Privacy Control (GPC) como uma solicitação de oposição à venda e ao compartilhamento dos seus dados pessoais e à publicidade direcionada: quando o seu navegador envia o sinal GPC, não usamos estes cookies: { $categories }.
dnt-sale-sharing = Respeitamos o Do Not Track (DNT) como uma solicitação de oposição à venda e ao compartilhamento dos seus dados pessoais e à publicidade direcionada: quando o seu navegador envia esse sinal, não usamos estes cookies: { $categories }.
# Before a list of `in-region` lines, when the response differs per region.
gpc-by-region = A forma como respondemos ao Global Privacy Control (GPC) depende de onde você está:
dnt-by-region = A forma como respondemos ao Do Not Track (DNT) depende de onde você está:
# One line of a per-region list: "in California: We honour …". $region is a `region-*` word.
in-region = { $region }: { $text }
# When the banner shows that an opt-out signal was honoured (California).
signal-shown = Quando detectamos um sinal de preferência de oposição que respeitamos, o banner de cookies mostra que a sua solicitação de oposição foi atendida.
# "Advertising (sale, sharing)".
sold-category = { $category } ({ $uses })
use-sale = venda
use-sharing = compartilhamento
use-targeted-advertising = publicidade direcionada

## US state privacy rights

h-us-privacy = Seus direitos de privacidade segundo as leis estaduais dos EUA
us-intro = Algumas leis estaduais de privacidade dos EUA (como as da Califórnia, do Colorado, de Connecticut e da Virgínia) dão a você o direito de se opor à venda ou ao compartilhamento dos seus dados pessoais e ao uso deles para publicidade direcionada.
us-not-sold = Não vendemos nem compartilhamos dados pessoais, nem os usamos para publicidade direcionada, por meio de cookies ou tecnologias semelhantes.
us-sold = Por meio de cookies e tecnologias semelhantes, vendemos ou compartilhamos dados pessoais, ou os usamos para publicidade direcionada, nestas categorias:
# Per state, after `in-region`. $mode is a `consent-mode-*` phrase.
us-state-mode = esses cookies são { $mode };
us-gpc-honoured = um sinal Global Privacy Control é tratado como uma solicitação de oposição.
us-gpc-ignored = sinais Global Privacy Control não são tratados como uma solicitação de oposição.
us-opt-out-settings = Para se opor, use as configurações de cookies, que você pode abrir em todas as páginas.
# $link is the link's label (a link or bold text).
us-opt-out-link = Para se opor, use o link { $link } no rodapé de todas as páginas.
link-do-not-sell-or-share = Não vender nem compartilhar meus dados pessoais
link-do-not-sell = Não vender meus dados pessoais
link-your-privacy-choices = Suas escolhas de privacidade
link-limit-sensitive = Limitar o uso dos meus dados pessoais sensíveis

## Managing cookies

h-manage = Como gerenciar cookies
banner = Quando o consentimento é necessário, exibimos um banner de cookies que permite aceitar ou recusar os cookies que não são estritamente necessários.
banner-acknowledge = Usamos somente cookies estritamente necessários; na sua primeira visita, um banner de cookies pede que você os aceite.
banner-acknowledge-choose = Na sua primeira visita, um banner de cookies pede que você aceite os cookies estritamente necessários e permite aceitar ou recusar os demais.
reject-all = Recusar é tão fácil quanto aceitar: o banner oferece as duas opções com o mesmo destaque.
withdraw-sentence = Você pode mudar a sua escolha ou revogar o seu consentimento a qualquer momento { $ways }.
withdraw-or = { $a } ou { $b }
record = Guardamos a sua escolha em um cookie chamado { $cookie }.
record-for = Guardamos a sua escolha por { $d } em um cookie chamado { $cookie }.
renew-after = Pedimos o seu consentimento novamente após { $d }.
renew-on-change = Pedimos o seu consentimento novamente sempre que esta política mudar de forma relevante.
renew-both = Pedimos o seu consentimento novamente após { $d } e sempre que esta política mudar de forma relevante.
reprompt = Se você recusar, não perguntaremos de novo por pelo menos { $d }.
# Before a list of `renew-in-region` lines.
renew-by-region = Quanto tempo o seu consentimento dura antes de pedirmos de novo depende de onde você está:
renew-by-region-and-change = Pedimos o seu consentimento novamente sempre que esta política mudar de forma relevante e após um período que depende de onde você está:
# "in France: after 6 months".
renew-in-region = { $region }: após { $d }
reprompt-by-region = Se você recusar, não perguntaremos de novo por pelo menos:
reprompt-in-region = { $region }: { $d }
browser-settings = Você também pode controlar os cookies nas configurações do seu navegador: é possível bloqueá-los, apagá-los ou ser avisado antes que um cookie seja definido. O armazenamento local e outros dados de sites são apagados nas mesmas configurações (“Limpar dados de navegação” ou semelhante).
block-required = Se você bloquear os cookies estritamente necessários, partes do site podem não funcionar.
browser-help = Como gerenciar cookies no seu navegador:
learn-more = Para saber mais sobre cookies, visite:

## Changes and contact

h-changes = Alterações desta política
changes = Podemos atualizar esta Política de Cookies periodicamente, por exemplo quando começarmos a usar novos cookies.
h-contact = Contato
contact = Se tiver dúvidas sobre o nosso uso de cookies, entre em contato com:
contact-email = E-mail: { $email }
contact-website = Site: { $website }
contents = Sumário

## The consent banner (vanilla-cookieconsent)

cc-title = Usamos cookies
cc-description = Usamos cookies estritamente necessários para o funcionamento do site e, com o seu consentimento, outros cookies. Você pode aceitá-los, recusá-los ou escolher por categoria, e mudar a sua escolha a qualquer momento.
cc-accept-all = Aceitar todos
cc-acknowledge-description = Usamos somente cookies estritamente necessários para o funcionamento do site. Pedimos que você aceite o uso deles.
cc-accept = Aceitar
cc-reject-all = Rejeitar todos
cc-manage = Gerenciar preferências
cc-save = Salvar preferências
cc-close = Fechar
cc-prefs-title = Preferências de cookies
cc-prefs-intro = Escolha quais categorias de cookies e tecnologias semelhantes podemos usar. Os estritamente necessários estão sempre ativos.
cc-policy-link = Política de Cookies
# Shown in the banner when an honoured opt-out preference signal (GPC) was detected (CCPA regulations §7025(c)(6)).
cc-opt-out-honoured = Solicitação de oposição atendida
record-item-purpose = Guarda suas escolhas de cookies (as categorias aceitas e a versão desta política que você respondeu), para não perguntarmos de novo em cada página.

## Legal basis, settings link, lifetimes, values and name patterns

# Label of a category's `legal-basis` / `legal-provision` line.
legal-basis = Base legal
legal-basis-consent = o seu consentimento
legal-basis-contract = a execução de um contrato com você
legal-basis-legal-obligation = uma obrigação legal a que estamos sujeitos
legal-basis-vital-interests = a proteção de interesses vitais
legal-basis-public-task = a execução de uma tarefa de interesse público
legal-basis-legitimate-interests = o nosso legítimo interesse
# $basis: one of the above; $provision: the author's citation.
legal-basis-with-provision = { $basis } ({ $provision })
# `withdraw [footer-link]` with `settings-link`: $label is the site's own label.
withdraw-footer-link-named = pelo link “{ $label }” no rodapé de todas as páginas
# `lifetime at-most 30 days`.
lifetime-at-most = Até { $d }
# `lifetime sliding 2 minutes` with `renewed-every 30 seconds`.
lifetime-sliding-every = { $d } após sua última atividade, renovada a cada { $every }
# An item's `value`.
item-value = Valor: { $what }
# A glob with a leading `*` (`"*_key"`).
glob-suffix-note = (todo nome que termina com “{ $suffix }”)
# Any other glob with a `*` that is not only at the end.
glob-note = (nomes que seguem este padrão, em que * representa quaisquer caracteres)
# `cookie-wall wall` / `cookie-wall consent-or-pay`.
cookie-wall-wall = Você só pode usar este site depois de aceitar os cookies que não são estritamente necessários.
cookie-wall-consent-or-pay = Se você recusar os cookies que não são estritamente necessários, pode usar este site por meio de uma opção paga.

## Issue 13: ferramentas hospedadas por nós, fornecedores que atuam em nome
## de outro e cookies que um terceiro define no próprio domínio

self-hosted-name = { $name } (hospedado por nós)
self-hosted-note = { $name } funciona em nossos próprios servidores: os dados coletados com essa ferramenta ficam conosco e não são repassados a nenhum terceiro.
third-own-no = Não
third-own-listed = Sim, os listados acima
third-on-behalf-of = Atua em nome de { $provider }.
item-third-party-domain = { $provider } define este cookie no próprio domínio e é o único que o controla: nós não podemos lê-lo nem excluí-lo. Para removê-lo, apague os cookies de { $domain } nas configurações do seu navegador.

## Issue 13: items declared exempt from consent (`exempt <ground>`)

item-exempt = Não requer consentimento: { $ground }
item-exempt-statistics = Não requer consentimento no Reino Unido: estatísticas próprias para melhorar nosso site, às quais você pode se opor a qualquer momento (exceção para fins estatísticos)
exempt-ground-user-input = lembra o que você digitou ou escolheu em um formulário (dados inseridos pelo usuário)
exempt-ground-authentication = mantém você conectado (autenticação)
exempt-ground-security = protege o site e sua conta contra abusos (segurança)
exempt-ground-load-balancing = envia suas solicitações sempre ao mesmo servidor (balanceamento de carga)
exempt-ground-ui-customisation = guarda uma preferência de exibição que você escolheu (personalização da interface)
exempt-ground-consent-record = guarda sua escolha sobre o consentimento (registro do consentimento)

## Issue 13: examples on a negative commitment

# `no-external-analytics` with `external-analytics-examples`: $examples is a list of service names.
commitment-no-external-analytics-such-as = Não usamos serviços externos de análise como { $examples }.
# Names joined: $a is "A, B", $b the last name.
list-or = { $a } ou { $b }
