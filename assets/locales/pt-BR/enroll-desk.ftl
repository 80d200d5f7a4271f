# enroll-desk, português do Brasil. Termos da documentação do MIM da Microsoft:
# cartão inteligente, solicitação, modelo de perfil, usuário, PIN proposto.

## Status e tipos de solicitação

status-none = Nenhum
status-approved = Aprovada
status-denied = Negada
status-completed = Concluída
status-failed = Com falha
status-pending = Pendente
status-canceled = Cancelada
status-executing = Em execução
status-unknown = Desconhecido ({ $code })
type-enroll = Registro
type-unblock = Desbloqueio
type-unknown = Desconhecido ({ $code })

## Erros ao vincular e obter o PIN

error-card-id-unknown = não é possível ler o ID do cartão (ele não tem ID de cartão PIV); digite o ID do cartão (--card-id) e tente novamente
error-card-id-differs = o ID do cartão informado ({ $typed }) não é o que o cartão contém ({ $read }); nada foi vinculado. Verifique qual cartão está na leitora ou omita o ID do cartão
error-reading-card = falha ao ler o cartão: { $cause }
error-binding = falha ao vincular: { $cause }
error-pin-not-fetched = o cartão está vinculado (cartão inteligente { $smartcard }), mas o PIN não foi obtido: { $cause }. Insira o mesmo cartão novamente e obtenha o PIN
error-different-card = este não é o cartão vinculado: esperado o ID de cartão { $expected }, encontrado { $found }. Insira o cartão que foi vinculado
error-different-card-none = este não é o cartão vinculado: esperado o ID de cartão { $expected }, nenhum encontrado. Insira o cartão que foi vinculado
error-fetching-pin = falha ao obter o PIN: { $cause }

## Erros do cartão

card-no-service = o serviço de cartão inteligente (pcscd) não está em execução: inicie-o (por exemplo, `systemctl start pcscd`) e tente novamente
card-no-reader = a leitora '{ $reader }' não está conectada: conecte-a ou escolha outra leitora
card-no-card = não há cartão na leitora '{ $reader }': insira o cartão e tente novamente
card-removed = o cartão foi removido durante a operação; coloque-o de volta e tente novamente
card-timeout = o cartão não respondeu em { $seconds } s: remova-o, insira-o novamente e tente de novo
card-reader-busy = outro programa está usando o cartão em '{ $reader }': feche-o e tente novamente
card-status = o cartão recusou { $command }: { $words } (status { $sw })
card-no-admin-key = este cartão não tem aplicativo PIV, portanto não tem chave de administrador para gerar o desafio: defina Desafio como Automático ou GET CHALLENGE nas configurações (--challenge), se o servidor aceitar
card-malformed = não foi possível entender a resposta do cartão ({ $detail }); o cartão talvez não seja compatível
card-transport = falha na comunicação com o cartão ({ $detail }): remova o cartão, insira-o novamente e tente de novo

card-no-piv = este cartão não tem aplicativo PIV, por isso esta estação não pode emiti-lo: use um cartão PIV
card-wrong-secret = o cartão recusou { $what }{ $tries ->
      [none] {""}
     *[other] { " " }({ $tries } tentativas restantes)
  }
card-blocked = { $what } do cartão está bloqueado
card-secret-length = um PIN de { $length } caracteres não cabe em um cartão PIV: ele aceita de 6 a 8
secret-pin = o PIN
secret-puk = o PUK
secret-admin-key = a chave de administrador
## Erros do servidor CM

cm-invalid-url = '{ $url }' não é um endereço de servidor utilizável: { $reason }
cm-insecure-url = http sem criptografia para { $host } recusado: o servidor CM deve ser acessado por https (http só é permitido para o endereço de loopback deste computador)
cm-ca-file = não é possível ler o arquivo de certificado de AC { $path }: { $detail }. Escolha um arquivo PEM com o certificado da AC que emitiu o certificado do servidor
cm-api-not-enabled = a API REST do CM não está habilitada em { $server } (todo endereço responde 404 Not Found). Peça ao administrador do CM para habilitar a API REST no servidor CM ou verifique o endereço do servidor
cm-not-found = { $what } não foi encontrado no servidor (404). Atualize a lista; talvez tenha sido removido ou nunca tenha existido
cm-unauthorized-none = o servidor não aceitou nossa entrada (401 Unauthorized). Ele não ofereceu nenhum método de entrada. Verifique o endereço do servidor
cm-unauthorized-negotiate = o servidor não aceitou nossa entrada (401 Unauthorized). Ele oferece: { $offered }. Entre com Kerberos: escolha "Automático" ou "Kerberos" como método de entrada nas configurações (ou --auth negotiate)
cm-unauthorized-bearer = o servidor não aceitou nossa entrada (401 Unauthorized). Ele oferece: { $offered }. Verifique se o seu token de acesso é válido (--token ou ENROLL_DESK_TOKEN) e se a sua conta pode usar a API REST do CM
cm-unauthorized-other = o servidor não aceitou nossa entrada (401 Unauthorized). Ele oferece apenas { $offered }, que este posto não usa: ele entra com Kerberos (Negotiate) ou com um token de portador do ADFS. Peça ao administrador do CM para habilitar a Autenticação do Windows com Negotiate, ou o ADFS, no site do CM
cm-forbidden = o servidor não permite isto (403 Forbidden): { $message }. { $hint }
cm-forbidden-hint-general = Peça ao administrador do CM a permissão necessária
cm-forbidden-hint-bind = A solicitação talvez já tenha um cartão ou ainda não esteja aprovada; atualize a lista e verifique o status dela
cm-forbidden-hint-pin = Ler um PIN proposto exige participação no grupo do CM autorizado a operações sensíveis; fale com o administrador do CM
cm-forbidden-hint-admin-key = Chamadas da chave de administrador exigem participação no grupo do CM autorizado a operações sensíveis; fale com o administrador do CM
cm-bad-request = o servidor rejeitou a solicitação como malformada (400): { $message }. É uma falha no enroll-desk ou no servidor; relate-a com este texto
cm-server-error = o servidor CM falhou (HTTP { $status }): { $message }. Tente novamente; se continuar falhando, informe o horário ao administrador do CM
cm-server-error-correlated = o servidor CM falhou (HTTP { $status }): { $message } (ID de correlação { $id }). Tente novamente; se continuar falhando, informe o horário e o ID de correlação ao administrador do CM
cm-unreachable = não é possível acessar o servidor CM em { $server }: { $detail }. Verifique o endereço do servidor e a rede e tente novamente
cm-timeout = o servidor CM em { $server } não respondeu em { $seconds } s. Ele pode estar ocupado; tente novamente e, se continuar acontecendo, fale com o administrador do CM
cm-tls = a conexão segura com { $server } falhou: { $detail }. O certificado do servidor não é confiável ou não é válido para este nome; se a sua organização usa uma AC própria, escolha o certificado dela nas configurações (ou --ca-file)
cm-bind-unverified = o servidor respondeu ao vínculo sem dizer qual cartão inteligente criou, e os registros dele não mostram nenhum que o posto possa verificar para o cartão { $card } e a solicitação { $request }; nenhum PIN foi obtido. Atualize a lista e verifique a solicitação no servidor CM antes de vincular novamente
cm-no-pin-given = o servidor não forneceu PIN: respondeu à chamada do PIN com um PIN vazio. O cartão está vinculado; pergunte ao administrador do CM se este modelo de perfil propõe PINs e depois obtenha o PIN novamente
cm-unusable-pin = o servidor propôs um PIN que nenhum cartão aceita (ele não é mostrado): um PIN tem de { $min } a { $max } caracteres imprimíveis sem espaços, dígitos em todos os modelos até agora. O cartão está vinculado; peça ao administrador do CM que verifique a política de PIN deste modelo de perfil e depois obtenha o PIN novamente
cm-insecure-redirect = o servidor CM em { $server } redirecionou o posto para http sem criptografia ({ $to }), e o posto não segue esse redirecionamento: depois de https, e para qualquer outro computador, a conexão deve continuar em https. Verifique o endereço do servidor ou peça ao administrador do CM que corrija o redirecionamento
cm-unexpected = resposta inesperada do servidor CM: esperado { $expected }, recebido { $got }. Tente novamente; se persistir, o servidor pode ser de outra versão, então relate o problema
cm-classroom-full = o simulador da sala de aula em { $server } está cheio: este posto não pode entrar. Peça ao instrutor que libere espaço (um --max-desks maior) e tente novamente

## Erros de entrada

auth-no-token = a entrada com token de portador precisa de um token: informe-o com --token ou ENROLL_DESK_TOKEN, ou digite-o nas configurações
auth-kerberos-not-built = este enroll-desk foi compilado sem suporte a Kerberos (recurso "negotiate" do Cargo), mas o servidor pede Kerberos (Negotiate). Use uma compilação com Kerberos ou um token de portador
auth-no-ticket = você não tem um tíquete Kerberos ({ $detail }). Entre no domínio ou execute `kinit` com o seu nome de usuário e tente novamente
auth-ticket-expired = seu tíquete Kerberos expirou. Renove-o (execute `kinit` novamente ou bloqueie e desbloqueie a sessão) e tente novamente
auth-unknown-service = o domínio não conhece o serviço { $spn }, portanto não há tíquete Kerberos para este servidor. Use o nome do servidor CM como registrado no domínio (não um endereço IP nem um alias) ou peça ao administrador para registrar { $spn } para o site do CM
auth-clock-skew = o relógio deste computador difere demais do relógio do controlador de domínio (o Kerberos permite cerca de 5 minutos). Corrija a data e a hora deste computador e tente novamente
auth-kdc-unreachable = não é possível acessar um controlador de domínio Kerberos (KDC) do seu realm ({ $detail }). Verifique a rede ou a VPN e tente novamente
auth-rejected = o servidor não aceitou nosso tíquete Kerberos para { $spn } (401 de novo). O relógio deste computador pode estar mais de 5 minutos errado, a chave de serviço do servidor pode não corresponder à do domínio (um keytab desatualizado) ou a sua conta pode não ter acesso ao site do CM. Verifique o relógio e depois fale com o administrador do CM
auth-server-not-proven = o servidor não comprovou a identidade dele ({ $detail }). A resposta não foi considerada confiável; avise o administrador do CM
auth-kerberos = falha na entrada com Kerberos: { $detail }

## Configurações

settings-title = Configurações
settings-apply = Aplicar
settings-cancel = Cancelar
settings-language = Idioma
settings-server = Servidor CM
settings-server-hint = https://cm.example.org — vazio para o modo de demonstração
settings-sign-in = Entrar com
settings-sign-in-hint = O Kerberos usa o tíquete da entrada no domínio (ou do kinit)
settings-token = Token de portador
settings-token-remember = Lembrar o token neste computador
settings-token-kept-in = Ele fica guardado em { $store }.
settings-token-no-store = Indisponível: { $why }. O token fica guardado só até o programa ser fechado.
token-moved-to-store = O token de portador foi movido do arquivo de configurações para { $store }; o arquivo não o contém mais
token-removed-no-store = O token de portador foi removido do arquivo de configurações, onde estava em texto simples. Ele não pode ser lembrado neste computador ({ $why }), por isso fica guardado só até o programa ser fechado
token-removed-from-file = O token de portador foi removido do arquivo de configurações; ele fica guardado só até o programa ser fechado
token-unreadable = O token de portador lembrado não pode ser lido ({ $why }). Digite-o em Configurações; ele fica guardado só até o programa ser fechado
token-saved = O token de portador está guardado em { $store }
token-save-failed = Não foi possível guardar o token de portador em { $store } ({ $error }); ele fica guardado até o programa ser fechado. Tente de novo em Configurações
token-forgotten = O token de portador não está mais guardado em { $store }
token-forget-failed = Não foi possível remover o token de portador de { $store } ({ $error }); remova lá a entrada "{ $entry }" manualmente
settings-ca-file = Arquivo de certificado de AC
settings-ca-system-only = somente certificados do sistema
settings-choose = Escolher…
settings-clear = Limpar
settings-ca-dialog-title = Certificado de AC (PEM)
settings-ca-dialog-filter = Certificados PEM
settings-pin-timeout = Janela do PIN fecha após
settings-seconds-suffix = { " " }s
settings-theme = Tema
settings-theme-system = Sistema
settings-theme-light = Claro
settings-theme-dark = Escuro
settings-byte-order = Ordem de bytes do ID do cartão
settings-byte-order-microsoft-hint = Como o Windows grava (Guid.ToByteArray); a escolha usual
settings-byte-order-rfc-hint = Os bytes como estão gravados no cartão
settings-challenge = Desafio
settings-admin-key-algorithm = Algoritmo da chave de administrador
settings-locked = As configurações podem ser alteradas quando os cartões em andamento terminarem.
auth-method-auto = Automático (token, se houver; senão Kerberos)
auth-method-negotiate = Kerberos (entrada do Windows)
auth-method-bearer = Token de portador (ADFS)
auth-method-none = Sem entrada
challenge-automatic = Automático
challenge-piv-admin-key = Chave de administrador PIV
challenge-automatic-hint = A prova da chave de administrador PIV; GET CHALLENGE para um cartão sem PIV
challenge-piv-admin-key-hint = Sempre a prova da chave de administrador PIV (9B), como o minidriver do Windows a fornece
challenge-get-challenge-hint = Sempre 8 bytes aleatórios (GET CHALLENGE), sem vínculo com nenhuma chave
admin-key-from-card = Do cartão (senão 3DES)

## Barra de status

status-server = Servidor: { $server }
status-signed-in-bearer = Conectado com um token de portador
status-signed-in-as-bearer = Conectado como { $user } (token de portador)
status-signed-in-as-kerberos = Conectado como { $user } (Kerberos)
status-signed-in = Conectado ({ $method })
status-not-signed-in = Não conectado ({ $method })
status-sign-in-unchecked = Entrada ainda não verificada ({ $method })
status-requests-loaded = { $count ->
        [one] 1 solicitação, carregada às { $time }
       *[other] { $count } solicitações, carregadas às { $time }
    }
status-requests-not-loaded = Solicitações ainda não carregadas
loading-requests = Carregando solicitações…

## A janela do PIN

pin-title = PIN de { $person }
pin-read-aloud = Leia-o para o titular do cartão. Ele é mostrado só desta vez.
pin-cardholder-chooses = O titular do cartão escolhe o PIN no primeiro uso.
pin-closes-in = Fecha em { $seconds } s
pin-handed-over = PIN entregue — fechar

## Modo de demonstração

demo-remove-card = Remover cartão
demo-insert-card = Inserir cartão
demo-insert-card-hint = Um novo cartão virtual com o próprio ID de cartão
demo-insert-card-without-id = Inserir cartão sem ID
demo-insert-card-without-id-hint = Um cartão cujo ID não pode ser lido: o atendente o digita
demo-put-card-back = Recolocar cartão
demo-put-card-back-hint = O cartão que você acabou de remover, de volta nesta leitora
demo-faults-title = Demonstração: falhas do servidor
demo-faults-intro = Para instrutores: faça o servidor simulado se comportar mal.
demo-fault-slow = Servidor lento ({ $seconds } s por resposta)
demo-fault-forbidden = Recusar todas as chamadas (403)
demo-fault-internal-error = Erro interno do servidor (500)
demo-fault-malformed = Respostas quebradas (JSON malformado)
demo-fault-api-disabled = API REST não habilitada (404)
demo-fault-server-down = Servidor fora do ar (conexão recusada)

## Leitoras

readers-title = Leitoras
readers-service-unavailable = Serviço de cartão inteligente indisponível: { $detail }. Inicie-o (pcscd) ou reconecte a leitora.
readers-none = Nenhuma leitora conectada. Conecte uma leitora de cartão inteligente; ela aparece aqui na hora.
reader-no-card = Sem cartão
reader-atr = ATR { $atr }
reader-reading-card = Lendo o cartão…
reader-card-id = ID do cartão { $card }
reader-card-id-unknown = ID do cartão desconhecido (sem ID de cartão PIV)
reader-connected = Leitora conectada: { $reader }
reader-disconnected = Leitora desconectada: { $reader }
card-inserted = Cartão inserido em { $reader }
card-removed-from = Cartão removido de { $reader }
service-stopped = O serviço de cartão inteligente parou ({ $detail }); as leitoras voltam quando ele reiniciar
service-back = O serviço de cartão inteligente voltou
card-read = Cartão em { $reader }: ID do cartão { $card }
card-read-without-id = O cartão em { $reader } não tem ID legível; digite-o para emitir este cartão
card-read-failed = Não foi possível ler o cartão em { $reader }: { $error }

## A tabela de solicitações

status-ready-to-bind = Aprovada, sem cartão
status-software-profile = Aprovada, perfil de software
status-all = Todos os status
person-user-id = usuário { $id }
person-none = (sem usuário de destino)
column-target-user = Usuário de destino
column-type = Tipo
column-status = Status
column-priority = Prioridade
column-submitted = Enviada em
column-comment = Comentário
search = Pesquisar
search-hint = todas as colunas (Ctrl+F)
status-filter = Status
requests-shown = { $count ->
        [one] { $shown } de 1 solicitação
       *[other] { $shown } de { $count } solicitações
    }
sorted-ascending = Ordenado por { $column }, crescente; clique para inverter
sorted-descending = Ordenado por { $column }, decrescente; clique para inverter
sort-by = Ordenar por { $column }

## A solicitação selecionada e o cartão

detail-select-request = Selecione uma solicitação na tabela para vê-la aqui.
detail-request = Solicitação
detail-profile = Perfil
detail-profile-software = Software (sem cartão inteligente)
detail-department = Departamento
detail-profile-template = Modelo de perfil
detail-bound-smartcard = Cartão inteligente vinculado
detail-card-choose-reader = Cartão: escolha uma leitora no painel Leitoras.
detail-card-none = Cartão: nenhum cartão em { $reader }.
detail-card-reading = Cartão em { $reader }: lendo…
detail-card-failed = Cartão em { $reader }: { $error }
detail-card-no-id = Cartão em { $reader }: o ID do cartão não pode ser lido.
detail-card-id = ID do cartão
why-no-reader = Escolha uma leitora com um cartão.
why-no-card = Insira um cartão em { $reader }.
why-card-being-read = Aguarde até que o cartão seja lido.
why-card-unreadable = Remova o cartão e insira-o novamente.
why-card-id-missing = Digite o ID impresso no cartão ou na capa dele.
why-card-id-malformed = Isso não é um ID de cartão: esperados 32 dígitos hexadecimais no formato xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.
why-already-bound = Esta solicitação já está vinculada a outro cartão: insira esse cartão para continuar, ou cancele a solicitação.
why-software-profile = Esta solicitação é de um perfil de software (segundo o servidor, não é uma solicitação de cartão inteligente): os certificados vão para o computador do usuário, não para um cartão, então não há cartão a emitir aqui.
why-not-approved = Só solicitações aprovadas podem ser executadas; o status desta é { $status }.
try-again = Tentar novamente
dismiss = Fechar

enroll-step-reading-card = Ler o cartão e a solicitação
enroll-step-policy = Política de cartão inteligente do modelo de perfil
enroll-step-binding = Atribuir o cartão à solicitação
enroll-step-admin-key = Abrir a chave de administrador do cartão
enroll-step-card-key = Dar ao cartão a sua própria chave de administrador
enroll-step-keys = Gerar chaves no cartão
enroll-step-certificates = Obter os certificados e gravá-los no cartão
enroll-step-puk = Definir o PUK
enroll-step-card-puk = Obter o PUK do cartão a partir da sua chave de administrador
enroll-step-pin = Definir o PIN
enroll-step-completing = Marcar a solicitação como concluída
enroll-progress = { $step }…
enroll-progress-key = Gerando a chave { $number } de { $of } no cartão (slot { $slot })…
enroll-failed = { $step } falhou: { $problem }. { $next }
enroll-next-again = Nada foi alterado; tente novamente.
enroll-next-again-same-card = Mantenha este cartão na leitora e tente novamente: a emissão continua no mesmo cartão.
enroll-next-complete-again = O cartão está pronto e o PIN definido; falta apenas marcar a solicitação como concluída: tente novamente.
enroll-next-officer = Tentar de novo não vai ajudar: resolva a causa com o administrador do CM ou cancele a solicitação.
enroll-next-cancelled = O cartão pode ser emitido de novo mais tarde; as etapas já feitas são mantidas.
enroll-problem-not-approved = a solicitação está { $status }, não aprovada
enroll-problem-other-card = a solicitação já está atribuída a outro cartão (ID { $card }); insira esse cartão ou cancele a solicitação
enroll-problem-not-smartcard = a solicitação não é para um cartão inteligente (o modelo de perfil não tem configuração de cartão)
enroll-problem-admin-key = o cartão não aceitou a resposta do servidor para a chave de administrador: a chave do cartão não é a que o servidor guarda para ele (o cartão pode vir de outro sistema; redefina-o ou use um cartão em branco)
enroll-problem-too-many-certificates = o modelo pede { $count } certificados; um cartão PIV comporta três (9A, 9C, 9D)
enroll-problem-ca-refused = a autoridade certificadora recusou o pedido: { $reason }
enroll-problem-server-key = o servidor respondeu com uma chave que ele mesmo gerou (um PFX); esta estação só grava no cartão chaves geradas pelo próprio cartão, então nada foi gravado. Peça ao administrador do CM para desativar o arquivamento de chaves (chaves geradas pelo servidor) neste modelo de certificado
enroll-problem-missing-certificate = a resposta do servidor não tem certificado para a chave do slot { $slot }
enroll-problem-pin-entry-cancelled = o titular não definiu um PIN; o cartão mantém o PIN de fábrica
enroll-problem-cancelled = interrompido pelo atendente
enroll-problem-unsupported-key = o modelo pede uma chave { $name } { $size }, que um cartão PIV não consegue gerar (apenas RSA 2048, ECC P-256 e P-384); peça ao administrador do CM para alterar o modelo de certificado
enroll-problem-unsupported-hash = o modelo pede o hash { $name }, que não é SHA-1, SHA-256, SHA-384 nem SHA-512; peça ao administrador do CM para alterar o modelo de certificado
enroll-problem-bad-subject = o assunto do certificado '{ $subject }' indicado pelo modelo não pode ser lido; peça ao administrador do CM para verificar o modelo
enroll-problem-bad-signature = a assinatura do cartão não confere com a chave que ele gerou; o cartão pode estar com defeito: tente novamente ou use outro cartão
enroll-problem-certificate-data = não foi possível ler um certificado ou pedido ({ $detail })
unblock-problem-not-unblock = esta solicitação não é de desbloqueio; escolha a solicitação de desbloqueio do titular
enroll-problem-unblock-request = esta é uma solicitação de desbloqueio: ela é para o cartão atual do titular, não para um novo; desbloqueie o próprio cartão dele
request-not-done-here = solicitações do tipo { $kind } não são executadas nesta estação; faça esta no portal do CM
unblock-problem-no-card = a solicitação de desbloqueio não indica um cartão; peça ao administrador do CM para verificar a solicitação
unblock-problem-wrong-card = este não é o cartão desta solicitação (o cartão é o de ID { $card }); nada foi alterado. Insira o próprio cartão do titular
unblock-problem-puk-mismatch = o PUK do cartão não é o que esta estação define, então o cartão não foi emitido assim; nada foi desbloqueado. Desbloqueie-o onde foi emitido ou solicite um novo cartão
unblock-problem-puk-blocked = o PUK do cartão está bloqueado, então o cartão não pode ser desbloqueado; ele precisa ser redefinido e emitido de novo: peça uma nova solicitação de cartão
enroll-cardholder-chose-pin = O titular definiu o próprio PIN; não há PIN a entregar.
new-pin-length = O PIN deve ter de 6 a 8 caracteres.
new-pin-characters = O PIN pode ter letras, números e pontuação, sem espaços nem letras acentuadas.
new-pin-mismatch = As duas entradas são diferentes; digite o mesmo PIN duas vezes.
## A moldura: barra de título, barra de status, atividade

settings-button = Configurações…
refresh-requests = Atualizar solicitações
demo-badge = DEMONSTRAÇÃO — servidor e cartões simulados
status-not-connected = não conectado
status-demo-server = Simulador de demonstração em { $address }
status-demo-sign-in = demonstração, sem entrada
status-readers-simulated = Leitoras: simuladas
status-service-unavailable = Serviço de cartão inteligente: indisponível
status-service-running = { $count ->
        [one] Serviço de cartão inteligente: ativo, 1 leitora
       *[other] Serviço de cartão inteligente: ativo, { $count } leitoras
    }
activity-title = Atividade
export-csv = Exportar como CSV…
export-audit = Exportar trilha de auditoria…
export-audit-hint = Uma cópia da trilha de auditoria deste posto (JSON Lines)
export-activity-title = Exportar atividade
export-audit-title = Exportar trilha de auditoria
export-audit-filter = JSON Lines
export-saved = Salvo em { $path }
export-failed = Falha ao exportar: { $error }
desk-not-connected = O posto não está conectado: { $error }
open-settings = Abrir configurações
use-demo-mode = Usar modo de demonstração
load-failed = Não foi possível carregar as solicitações: { $error }
demo-started = Modo de demonstração: um servidor CM simulado e leitoras simuladas. Insira um cartão no painel Leitoras.
connected-to = Conectado a { $server }
cannot-start = Não foi possível iniciar: { $error }
settings-saved = Configurações salvas
requests-loaded = { $count ->
        [one] 1 solicitação carregada
       *[other] { $count } solicitações carregadas
    }
could-not-read = Não foi possível ler { $what }
more-unreadable = { $count ->
        [one] … e mais 1 solicitação que não pôde ser lida
       *[other] … e mais { $count } solicitações que não puderam ser lidas
    }
unreadable-headline = { $count ->
        [one] 1 solicitação não pôde ser lida
       *[other] { $count } solicitações não puderam ser lidas
    }
unreadable-details = Detalhes
unreadable-explained = O servidor as enviou num formato que o posto não entende; o administrador do CM pode verificá-las.

## Vínculo e o PIN

confirm-cardholder = Titular do cartão
confirm-card-id-typed = { $card } (digitado)
confirm-reader = Leitora
the-cardholder = o titular do cartão
pin-handed-over-line = PIN entregue para o cartão inteligente { $smartcard }
pin-timed-out-line = A janela do PIN do cartão inteligente { $smartcard } expirou; o PIN não é mais mostrado
demo-insert-failed = Demonstração: não foi possível inserir o cartão: { $error }
demo-faults-changed = Demonstração: o instrutor alterou as falhas do servidor
demo-server-down = Demonstração: o servidor simulado está fora do ar
demo-server-back = Demonstração: o servidor simulado voltou
demo-restart-failed = Demonstração: não foi possível reiniciar o simulador: { $error }

## The desk's runs: the board, the step list, card first, the PINs, resuming

board-title = Leitoras em trabalho
card-changed-before-start = O cartão em { $reader } mudou antes do início; nada foi enviado. Confira o cartão e comece de novo.
card-looking-up = Consultando o servidor sobre este cartão…
card-lookup-failed = Não foi possível consultar o servidor sobre este cartão: { $error }
card-no-open-requests = Nenhuma solicitação em aberto para este cartão.
card-open-request = { $kind } — { $status } — { $person }
card-open-requests = Solicitações em aberto para este cartão (clique em uma para selecioná-la):
card-owner = Cartão de { $person }
card-owner-not-listed = O servidor conhece este cartão, mas nenhuma das solicitações dele está na lista.
card-smartcard-status = Cartão inteligente { $smartcard }: { $status }
card-unknown-to-server = O servidor CM não conhece este cartão: é um cartão novo.
confirm-enroll = Emitir
confirm-keep-card-enroll = O cartão é vinculado a esta solicitação e emitido: chaves, certificados e depois o PIN. Mantenha-o na leitora até o posto informar que terminou.
confirm-keep-card-unblock = O PIN do cartão é redefinido. Mantenha o cartão na leitora até o posto informar que terminou.
confirm-title-enroll = Emitir este cartão para { $person }?
confirm-title-unblock = Desbloquear o cartão de { $person }?
confirm-unblock = Desbloquear
detail-old-smartcard = Cartão a desbloquear (cartão inteligente)
enroll-button = Emitir cartão…
final-abandon = Abandonar a solicitação
final-cancel = Cancelar a solicitação
final-explained-abandon = A solicitação { $request } é marcada como Abandonada no servidor CM. Isso não pode ser desfeito aqui; o titular do cartão precisará de uma nova solicitação.
final-explained-cancel = A solicitação { $request } é marcada como Cancelada no servidor CM. Isso não pode ser desfeito aqui; o titular do cartão precisará de uma nova solicitação.
final-keep = Manter a solicitação
final-title-abandon = Abandonar a solicitação de { $person }?
final-title-cancel = Cancelar a solicitação de { $person }?
journal-unfinished = Não concluída numa sessão anterior: a solicitação { $request } de { $person } (cartão { $card }, estava em { $reader }). Insira esse cartão para retomar.
journal-unreadable = Não foi possível ler a lista de emissões não concluídas: { $detail }
pin-at-reader = Cartão em { $reader }
pin-entry-cancel = Cancelar
pin-entry-cancelled-line = O titular não definiu um PIN para o cartão em { $reader }; o cartão mantém o PIN que tem.
pin-entry-explained = Escolha o PIN do seu cartão novo ({ $reader }). Só você vai saber.
pin-entry-first = Novo PIN
pin-entry-ok = OK
pin-entry-rules = De 6 a 8 caracteres: dígitos, letras ou pontuação, sem espaços.
pin-entry-second = Mais uma vez
pin-entry-set-line = O titular digitou um novo PIN para o cartão em { $reader }.
pin-entry-title = { $person }, digite o seu novo PIN
request-status-failed = Não foi possível marcar a solicitação { $request } como { $status ->
        [Abandoned] Abandonada
       *[other] Cancelada
    }: { $error }
request-status-set = A solicitação { $request } foi marcada como { $status ->
        [Abandoned] Abandonada
       *[other] Cancelada
    } no servidor CM.
resume-button = Retomar a emissão de { $person }
resume-explained = Uma sessão anterior não concluiu este cartão (parou em “{ $step }”).
run-abandon-request = Abandonar…
run-asks-for-pin = O titular está digitando o PIN…
run-cancel = Cancelar
run-cancel-request = Cancelar solicitação…
run-cancel-too-late = O PIN está sendo definido: a operação termina sozinha.
run-failed-at = Parou em “{ $step }”
run-finished-enroll = Concluído: o cartão foi emitido. Retire-o da leitora.
run-finished-line-chosen = O cartão de { $person } em { $reader } foi emitido (cartão inteligente { $smartcard }), com o PIN que o titular escolheu
run-finished-line-pin = O cartão de { $person } em { $reader } foi emitido (cartão inteligente { $smartcard }); o PIN está pronto para ser entregue
run-finished-unblock = Concluído: o cartão foi desbloqueado. Retire-o da leitora.
run-started-enroll = Emitindo o cartão { $card } em { $reader } para a solicitação { $request } de { $person }
run-started-unblock = Desbloqueando o cartão { $card } em { $reader } para a solicitação { $request } de { $person }
run-stopping = Parando o cartão em { $reader } na próxima etapa…
run-title-enroll = Emissão do cartão de { $person }
run-title-unblock = Desbloqueio do cartão de { $person }
run-unblocked-line-chosen = O cartão de { $person } em { $reader } foi desbloqueado (cartão inteligente { $smartcard }), com o PIN que o titular escolheu
run-unblocked-line-pin = O cartão de { $person } em { $reader } foi desbloqueado (cartão inteligente { $smartcard }); o novo PIN está pronto para ser entregue
run-where = { $reader } · { $time }
search-card-found = { $count ->
        [one] O servidor conhece este cartão: as solicitações dele são mostradas.
       *[other] O servidor conhece este cartão ({ $count } cartões inteligentes): as solicitações deles são mostradas.
    }
search-card-unknown = O servidor CM não conhece nenhum cartão com este ID.
smartcard-status-active = Ativo
smartcard-status-assigned = Atribuído
smartcard-status-disabled = Desativado
smartcard-status-new = Novo
smartcard-status-none = Nenhum
smartcard-status-retired = Aposentado
smartcard-status-suspended = Suspenso
smartcard-status-unknown = Desconhecido ({ $code })
start-shortcut-hint = Enter
step-mark-done = feito
step-mark-running = em andamento
step-mark-stopped = parou aqui
step-mark-to-do = a fazer
unblock-button = Desbloquear este cartão…
unfinished-drop = Aplicar e esquecer o cartão
unfinished-drop-explained = O cartão { $card } está vinculado à solicitação { $request } de { $person } (cartão inteligente { $smartcard }), mas a emissão não terminou. Estas configurações reconectam o posto, que então esquece o cartão aqui (a próxima inicialização o oferece de novo). Mantenha o cartão para tentar de novo primeiro; ou aplique-as e confira a solicitação no servidor CM.
unfinished-drop-title = Desistir do cartão não concluído?
unfinished-dropped-line = O posto esqueceu o cartão inteligente { $smartcard } (solicitação { $request }) antes de a emissão terminar. O cartão continua vinculado em { $server }: confira a solicitação lá.
unfinished-keep = Manter o cartão
why-card-being-looked-up = Aguarde até o servidor ser consultado sobre este cartão.
why-card-not-looked-up = Não foi possível consultar o servidor sobre este cartão; retire o cartão e insira-o de novo.
why-reader-busy = Há um cartão em andamento em { $reader }; aguarde até terminar.
why-unblock-needs-card-id = O ID deste cartão não pode ser lido, então ele não pode ser conferido com a solicitação; insira o cartão do próprio titular.
why-wrong-card = Este não é o cartão da solicitação (ela indica o cartão inteligente { $smartcard }): insira o cartão do próprio titular.

## A linha de comando (a saída --json nunca muda com o idioma)

cli-error = erro: { $message }
cli-no-server = nenhum servidor CM informado: adicione --server URL (ou defina ENROLL_DESK_SERVER)
cli-no-readers = Nenhuma leitora de cartão inteligente encontrada: conecte uma.
cli-reader-no-card = { $reader }: sem cartão
cli-reader-card = { $reader }: cartão presente, ATR { $atr }, ID do cartão { $card }
cli-reader-card-without-id = { $reader }: cartão presente, ATR { $atr }, ID do cartão desconhecido
cli-card-id-not-read = aviso: { $reader }: ID do cartão não lido: { $error }
cli-request-left-out = enroll-desk: não foi possível ler { $what }; deixado de fora
cli-no-requests = Nenhuma solicitação.
cli-column-request = SOLICITAÇÃO
cli-column-status = STATUS
cli-column-type = TIPO
cli-column-priority = PRI
cli-column-submitted = ENVIADA (UTC)
cli-column-comment = COMENTÁRIO
cli-request-count = { $count ->
        [one] 1 solicitação
       *[other] { $count } solicitações
    }
cli-bound = Cartão { $card } vinculado à solicitação { $request } como cartão inteligente { $smartcard }.
cli-pin-label = PIN (mostrado uma só vez; entregue-o ao titular do cartão):

cli-enrolled = Cartão { $card } emitido para a solicitação { $request }: { $status }
cli-enrolled-certificate = {"  "}slot { $slot }: { $subject } (série { $serial })
cli-new-pin = Titular, digite o seu novo PIN (6 a 8 caracteres):{" "}
cli-new-pin-again = Digite novamente:{" "}
cli-new-pin-needed = enroll-desk: o modelo deixa o titular escolher o PIN, mas não há terminal para perguntar; use --new-pin-stdin e informe o PIN duas vezes pela entrada padrão
## Palavras de status do cartão (ISO 7816-4)

sw-success = sucesso
sw-data-corrupted = parte dos dados pode estar corrompida ou ausente
sw-memory-failure = a memória do cartão falhou
sw-wrong-length = comprimento incorreto
sw-secure-messaging = mensagens seguras não são compatíveis
sw-security-status = status de segurança não atendido (o cartão exige antes um PIN ou autenticação)
sw-blocked = o cartão está bloqueado
sw-data-unusable = os dados referenciados não podem ser usados
sw-conditions = condições de uso não atendidas
sw-not-allowed = comando não permitido
sw-incorrect-data = dados incorretos no comando
sw-function-unsupported = função não compatível
sw-not-found = aplicativo ou objeto de dados não encontrado
sw-memory-full = memória insuficiente no cartão
sw-incorrect-p1-p2 = P1 ou P2 incorreto
sw-referenced-data-missing = dados referenciados não encontrados
sw-wrong-parameters = parâmetros incorretos
sw-instruction-unsupported = instrução não compatível
sw-class-unsupported = classe não compatível
sw-internal-error = o cartão relatou um erro interno
sw-verification-failed = falha na verificação
sw-execution-error = o estado do cartão não mudou (erro de execução)
sw-unexpected = status inesperado

## Forma de entrada (barra de status)

sign-in-token-or-kerberos = token de portador, ou Kerberos se solicitado
sign-in-kerberos-if-asked = Kerberos se solicitado
sign-in-kerberos = Kerberos
sign-in-bearer = token de portador
sign-in-none = sem credenciais

## Starting the desk

session-demo-failed = não foi possível iniciar o simulador de demonstração: { $error }
session-worker-failed = não foi possível iniciar o processo de segundo plano do posto: { $error }

## Saving files

export-dialog-failed = não foi possível abrir a caixa de diálogo de arquivo: { $error }
export-write-failed = não foi possível gravar { $path }: { $error }

## Treinamento: as lições do modo de demonstração e da sala de aula

training-button = Treinamento
training-button-hint = Lições que ensinam o trabalho neste posto de demonstração, passo a passo (F1)
training-title = Treinamento
training-intro = Cada lição prepara a demonstração e orienta você. Um passo é marcado quando você realmente o executa no posto; um movimento errado é anotado, não bloqueado.
training-start = Iniciar
training-starting = Preparando a lição…
training-start-failed = Não foi possível preparar a lição: { $error }
training-call-failed = O simulador não aceitou a chamada da lição: { $error }
training-busy = Primeiro conclua ou cancele o que o posto está fazendo.
training-stop = Parar lição
training-steps-progress = Passo { $done } de { $total }
training-step-done = Concluído: { $step }
training-step-now = Agora: { $step }
training-your-request = Titular do cartão de hoje: { $person }
training-card-label = A etiqueta impressa no cartão diz: { $id }
training-mistakes-title = Anotado
training-answer-right = Certo.
training-answer-wrong = Não exatamente.
training-done-title = Lição concluída: { $lesson }
training-done-time = Tempo: { $minutes } min { $seconds } s
training-done-steps = Passos concluídos: { $done } de { $total }
training-done-mistakes = { $count ->
    [0] Nenhum erro anotado.
    [one] Um erro anotado:
   *[other] { $count } erros anotados:
}
training-done-logged = Salvo no registro de treinamento.
training-done-log-failed = Não foi possível gravar o registro de treinamento: { $error }
training-back = Voltar às lições
training-again = Tentar de novo
training-line-started = Treinamento: lição "{ $lesson }" iniciada
training-line-finished = Treinamento: lição "{ $lesson }" concluída, { $done } de { $total } passos, erros anotados: { $mistakes }
training-server-back = Treinamento: a lição habilitou de novo a API REST do servidor. Atualize a lista.
training-classroom-badge = SALA DE AULA
training-queue = Depois, na fila: { $people }
training-counter = Cartões que o titular entregou a você:
training-counter-card = Inserir cartão { $number }
training-counter-card-hint = Vai para a leitora que você escolheu, ou para a primeira vazia. Ao removê-lo da leitora, ele volta para cá.
training-no-empty-reader = Treinamento: todas as leitoras têm um cartão. Remova um primeiro.

training-lesson-first-enrollment = Seu primeiro registro
training-lesson-first-enrollment-intro = Um titular de cartão está no seu posto com um cartão novo. Emita o cartão para a solicitação dele e entregue o PIN que o servidor propõe.
training-lesson-card-without-id = Um cartão sem ID
training-lesson-card-without-id-intro = Alguns cartões não têm ID de cartão legível. Você o digita a partir da etiqueta impressa no cartão.
training-lesson-server-says-no = O servidor diz não
training-lesson-server-says-no-intro = O servidor CM recusa a emissão (403 Forbidden). Aprenda o que dizer ao titular do cartão e para quem ligar.
training-lesson-pulled-after-bind = O cartão é retirado depois do vínculo
training-lesson-pulled-after-bind-intro = O titular do cartão o retira enquanto o posto ainda está trabalhando. O cartão está vinculado e a emissão para: coloque o mesmo cartão de volta e tente novamente.
training-lesson-cardholder-chooses = O titular do cartão escolhe o PIN
training-lesson-cardholder-chooses-intro = Em alguns modelos de perfil, o servidor não propõe PIN: o titular do cartão digita o seu próprio, no seu posto.
training-lesson-server-down = O servidor está fora do ar ou a API REST dele está desabilitada
training-lesson-server-down-intro = O posto não consegue carregar as solicitações. Aprenda como ele informa isso e o que verificar.
training-lesson-forgot-pin = Um titular esqueceu o PIN
training-lesson-forgot-pin-intro = Um titular de cartão voltou: digitou o PIN errado vezes demais e o cartão está bloqueado. Uma solicitação de desbloqueio aguarda esse cartão. Confirme que é mesmo o cartão dele, desbloqueie-o e entregue o novo PIN.
training-lesson-enrollment-day = Dia de emissão
training-lesson-enrollment-day-intro = Três titulares fazem fila no seu posto, e cada cartão leva um tempo para gerar as chaves. Inicie o próximo cartão enquanto o anterior ainda trabalha e entregue cada PIN à pessoa certa, um de cada vez.

training-step-choose-request = Encontre a solicitação do titular do cartão na tabela e selecione-a.
training-step-choose-request-why = Pesquise pelo nome (Ctrl+F). Confira o nome completo e o departamento: outra pessoa pode ter o mesmo primeiro nome.
training-step-insert-card = Insira o cartão: clique em "Inserir cartão" abaixo de uma leitora de demonstração.
training-step-insert-card-why = O posto lê o ID do cartão assim que ele é inserido; o painel de detalhes o mostra.
training-step-insert-card-without-id = Insira o cartão sem ID: clique em "Inserir cartão sem ID" abaixo de uma leitora de demonstração.
training-step-insert-card-without-id-why = O posto não consegue ler um ID deste cartão, por isso pede que você digite um.
training-step-type-card-id = Digite o ID do cartão que está na etiqueta do cartão no campo "ID do cartão" do painel de detalhes.
training-step-type-card-id-why = O ID que você digita é vinculado à solicitação. Um ID errado vincula um cartão que não existe; confira cada grupo de caracteres.
training-step-check-confirmation = Clique em "Emitir cartão…" (ou pressione Enter) e leia a confirmação.
training-step-check-confirmation-why = A confirmação mostra a pessoa, a leitora e o cartão. Compare-os com a pessoa à sua frente antes de confirmar.
training-step-enroll = Confirme clicando em "Emitir".
training-step-enroll-why = O servidor registra o cartão para esta solicitação e o posto grava nele as chaves e os certificados; a partir de agora ele pertence a este titular.
training-step-read-pin = Aguarde a janela do PIN e depois leia o PIN em voz alta para o titular do cartão.
training-step-read-pin-why = O PIN é mostrado uma só vez. Leia-o em grupos; não o anote nem o copie.
training-step-hand-over = Quando o titular do cartão tiver anotado o PIN, confirme a entrega clicando em "PIN entregue — fechar".
training-step-hand-over-why = Confirmar fecha a janela, e o PIN se perde para sempre. Antes, dê tempo ao titular do cartão.
training-step-refused = Emita o cartão e leia o que o posto informa.
training-step-refused-why = Um 403 significa que o servidor não permite esta emissão. Nada foi vinculado; o cartão continua em branco.
training-step-quiz-forbidden = Responda: o que você diz ao titular do cartão?
training-step-quiz-forbidden-why = Sua resposta é o que o titular do cartão vai ouvir; escolha o que você realmente diria.
training-step-pull-during-enrollment = Emita o cartão e, enquanto o posto mostra "Atribuir o cartão à solicitação…", remova o cartão.
training-step-pull-during-enrollment-why = O servidor desta lição responde devagar para que você possa tentar. Num posto real, mantenha o cartão na leitora até o posto informar que terminou.
training-step-stopped-bound = Leia o que o posto informa: a emissão parou com o cartão já vinculado.
training-step-stopped-bound-why = O vínculo já foi feito no servidor. A emissão continua com o mesmo cartão; outro cartão seria recusado.
training-step-put-card-back = Coloque o mesmo cartão de volta ("Recolocar cartão" abaixo da leitora) e clique em "Tentar novamente".
training-step-put-card-back-why = O posto vê que a solicitação já está vinculada a este cartão e continua de onde parou, até o PIN.
training-step-cardholder-chooses = Emita o cartão; quando o posto pedir o PIN do titular, vire a tela para ele.
training-step-cardholder-chooses-why = O servidor não propõe PIN: o modelo de perfil deixa o titular do cartão escolhê-lo, aqui no posto.
training-step-cardholder-sets-pin = Deixe o titular digitar o novo PIN duas vezes e clicar em OK.
training-step-cardholder-sets-pin-why = Só o titular conhece este PIN: olhe para o outro lado e nunca o digite por ele.
training-step-quiz-cardholder-chooses = Responda: o que você diz ao titular do cartão?
training-step-quiz-cardholder-chooses-why = O titular vai embora com um PIN que só ele conhece; ele precisa saber como guardá-lo.
training-step-refresh-list = Atualize a lista (F5 ou "Atualizar solicitações").
training-step-refresh-list-why = Observe o que o posto informa quando o servidor não responde como deveria.
training-step-quiz-api-off = Responda: o que você verifica ou pede?
training-step-quiz-api-off-why = A mensagem aponta a causa; a pessoa certa resolve.
training-step-open-settings = Abra as configurações ("Configurações…") e verifique o endereço do servidor.
training-step-open-settings-why = Um endereço digitado errado parece exatamente um servidor desligado. A lição habilita a API REST de novo agora.
training-step-refresh-again = Atualize a lista de novo.
training-step-refresh-again-why = Com a API REST habilitada de novo, as solicitações são carregadas.
training-step-forgot-read-owner = Insira o cartão que o titular entrega a você ("Inserir cartão 1" na lição) e leia no painel de detalhes de quem ele é.
training-step-forgot-read-owner-why = O posto consulta o servidor CM sobre cada cartão que lê: de quem é, seu status e suas solicitações em aberto.
training-step-quiz-not-their-card = Responda: de quem é este cartão, e o que você faz?
training-step-quiz-not-their-card-why = Compare o nome completo do dono com o do seu titular. O posto não oferece desbloqueio para este cartão: não há solicitação em aberto para ele.
training-step-forgot-own-card = Remova esse cartão e insira o cartão do próprio titular ("Inserir cartão 2"); leia de quem ele é.
training-step-forgot-own-card-why = O cartão do próprio titular mostra o nome dele, o status e a solicitação de desbloqueio em aberto.
training-step-forgot-pick-request = Clique na solicitação de desbloqueio em "Solicitações em aberto para este cartão".
training-step-forgot-pick-request-why = Escolhida no próprio cartão, é a solicitação feita exatamente para este cartão.
training-step-forgot-unblock = Clique em "Desbloquear este cartão…" e confirme com "Desbloquear".
training-step-forgot-unblock-why = O posto calcula o PUK do cartão a partir da chave de administrador, define o novo PIN e o verifica. Os certificados do cartão continuam como estão.
training-step-forgot-read-pin = Aguarde a janela do PIN e leia o novo PIN em voz alta para o titular, uma única vez.
training-step-forgot-read-pin-why = O novo PIN é mostrado uma única vez. Leia-o em grupos; não o anote nem o copie.
training-step-forgot-completed = Confira a solicitação: ela está Concluída.
training-step-forgot-completed-why = O posto marcou a solicitação de desbloqueio como Concluída antes de mostrar o PIN. O cartão volta a funcionar com o novo PIN.
training-step-day-first-card = Emita o cartão do primeiro titular pelo teclado: Ctrl+F e o nome, Enter seleciona a solicitação, insira um cartão, Enter e confirme.
training-step-day-first-card-why = O teclado poupa tempo num dia movimentado. O cartão agora gera as chaves; o quadro "Leitoras em trabalho", acima da lista, mostra em que ponto ele está.
training-step-day-next-card = Enquanto o primeiro cartão ainda gera as chaves, inicie o cartão do próximo titular em outra leitora.
training-step-day-next-card-why = Cada leitora executa a sua própria emissão. Você não precisa esperar: um cartão lento não atrasa nenhum outro.
training-step-day-every-card = Inicie o cartão de cada titular da fila.
training-step-day-every-card-why = O quadro mostra, para cada leitora, o titular, o passo e o tempo. Um cartão que falhou diz por que e oferece "Tentar novamente".
training-step-day-pins-one-by-one = Entregue cada PIN: leia-o para a pessoa que a janela indica, espere até ela anotá-lo e então confirme.
training-step-day-pins-one-by-one-why = Só uma janela de PIN aparece por vez; a próxima vem depois de "PIN entregue — fechar". Confira o nome e a leitora na janela, para que a pessoa certa ouça o PIN certo.
training-step-day-all-completed = Confira as solicitações: todas estão Concluídas.
training-step-day-all-completed-why = A solicitação de cada cartão foi marcada como Concluída antes de o PIN aparecer. Um cartão pronto continua indicado no quadro até você removê-lo.

training-mistake-wrong-request = Você emitiu a solicitação de outra pessoa. Essa solicitação agora tem um cartão que não é da pessoa: avise imediatamente o administrador do CM para que o cartão possa ser revogado.
training-mistake-wrong-card-id = O ID do cartão que você digitou não é o da etiqueta. O servidor agora espera um cartão que não existe; a solicitação precisa ser redefinida pelo administrador do CM.
training-mistake-card-pulled-early = O cartão foi removido enquanto o posto ainda trabalhava com ele. Mantenha o cartão na leitora até o posto informar que terminou.
training-mistake-not-pulled-in-time = O PIN chegou antes de o cartão ser removido: nesta lição, remova o cartão enquanto o posto mostra "Atribuir o cartão à solicitação…". Clique em "Parar lição" e tente de novo.
training-mistake-handed-over-too-soon = A entrega foi confirmada em poucos segundos. O titular do cartão talvez não tenha anotado o PIN, e ele não pode ser mostrado de novo.
training-mistake-pin-timed-out = A janela do PIN expirou antes da entrega. O PIN se perdeu; o cartão precisa ser redefinido e registrado de novo.
training-mistake-wrong-answer = Uma pergunta foi respondida errado na primeira vez. Leia o motivo abaixo de cada opção.
training-mistake-wrong-card = Um cartão que não é do titular foi usado para a solicitação dele. Avise imediatamente o administrador do CM.

training-quiz-forbidden = O servidor recusou a emissão (403). O que você diz ao titular do cartão?
training-quiz-forbidden-0 = "Seu cartão está com defeito; aqui está um novo."
training-quiz-forbidden-0-why = O cartão está bom: quem recusou foi o servidor, e o cartão nem chegou a ser usado. Um cartão novo também seria recusado.
training-quiz-forbidden-1 = "O servidor ainda não permitiu este registro. Não há nada de errado com você nem com o seu cartão; vou falar com o administrador do CM e ligo para você."
training-quiz-forbidden-1-why = Certo: um 403 é uma questão de permissão no servidor (seus direitos como atendente ou o estado da solicitação). O administrador do CM pode verificar.
training-quiz-forbidden-2 = "Deixe-me tentar mais algumas vezes."
training-quiz-forbidden-2-why = O servidor vai recusar todas as vezes até uma permissão mudar; tentar de novo só enche a trilha de auditoria.
training-quiz-cardholder-chooses = O servidor não propõe PIN para este cartão. O que você diz ao titular do cartão?
training-quiz-cardholder-chooses-0 = "Seu PIN é 0000 até você mudá-lo."
training-quiz-cardholder-chooses-0-why = Não há PIN do servidor, e nunca invente um: um PIN inventado não protege nada.
training-quiz-cardholder-chooses-1 = "Volte amanhã para pegar o seu PIN."
training-quiz-cardholder-chooses-1-why = Nenhum PIN virá do servidor para este cartão; o modelo de perfil deixa isso para o titular do cartão.
training-quiz-cardholder-chooses-2 = "Digite um PIN seu nesta tela, duas vezes. Escolha um que só você saiba e nunca o escreva no cartão."
training-quiz-cardholder-chooses-2-why = Certo: com este modelo de perfil, o titular do cartão escolhe o PIN, aqui no posto.
training-quiz-api-off = Todo endereço responde 404. O que você verifica ou pede?
training-quiz-api-off-0 = Verifique o endereço do servidor nas configurações e depois peça ao administrador do CM para habilitar a API REST do CM.
training-quiz-api-off-0-why = Certo: um servidor CM responde 404 em todo endereço enquanto a API REST dele está desabilitada; um endereço errado parece igual.
training-quiz-api-off-1 = Reinstale o enroll-desk.
training-quiz-api-off-1-why = O posto está bem: ele alcançou um servidor web e informou o que esse servidor respondeu.
training-quiz-api-off-2 = Peça outro cartão ao titular do cartão.
training-quiz-api-off-2-why = O cartão ainda não tem nenhum papel: o posto nem consegue carregar as solicitações.
training-quiz-not-their-card = O posto diz que este cartão é de outra pessoa, sem solicitação em aberto. O que você faz?
training-quiz-not-their-card-0 = "Vou desbloqueá-lo mesmo assim: o titular está aqui na minha frente."
training-quiz-not-their-card-0-why = Não é o cartão dele, e o posto não oferece desbloqueio para ele: a solicitação de desbloqueio é para o cartão do próprio titular.
training-quiz-not-their-card-1 = "Este cartão não é seu. O senhor está com o seu próprio cartão?" — e devolva o cartão.
training-quiz-not-their-card-1-why = Certo: um desbloqueio vale só para o cartão que a solicitação indica. Cartões de colegas se misturam; o nome do dono no painel mostra isso.
training-quiz-not-their-card-2 = Emitir um novo cartão para o titular em vez disso.
training-quiz-not-their-card-2-why = Um novo cartão precisa de uma solicitação aprovada própria, e o cartão bloqueado continuaria bloqueado. A solicitação de desbloqueio espera o cartão do próprio titular.

## O console do instrutor de `enroll-desk sim --classroom`

classroom-trainer-key = Chave do instrutor, para o relatório da sala de aula (guarde-a só para você): { $key }
classroom-desk-joined = O posto "{ $desk }" entrou na sala de aula ({ $count } de { $max } lugares ocupados).
classroom-desk-left-idle = O posto "{ $desk }" liberou seu lugar após { $hours } horas sem nenhuma chamada.
classroom-full = A sala de aula está cheia ({ $max } postos): um posto que tentou entrar foi recusado. Inicie o simulador com um --max-desks maior para aceitar mais.

## Configurações da organização: o arquivo do computador que a TI instala (site.toml)

site-broken-at-line = o arquivo de configurações da organização { $path } tem um erro na linha { $line } ({ $text }): { $problem }. Até que o departamento de TI o corrija, o posto não se conecta a nenhum servidor.
site-broken = o arquivo de configurações da organização { $path } não pode ser usado: { $problem }. Até que o departamento de TI o corrija, o posto não se conecta a nenhum servidor.
site-problem-unreadable = ele não pode ser lido ({ $detail })
site-problem-syntax = { $detail }
site-problem-not-one-of = { $key } = "{ $value }" não é um destes valores: { $allowed }
site-problem-bad-server = server = "{ $value }" não é um endereço que o posto possa usar: { $reason }
site-problem-relative-path = { $key } = "{ $value }" deve ser um caminho completo
site-problem-no-machine-folder = o Windows não consegue informar onde fica a pasta ProgramData ({ $detail })
site-setting-server = o servidor CM
site-setting-sign-in = o método de entrada
site-setting-ca-file = o arquivo de certificado de AC
site-setting-challenge = o desafio
site-locked-flag-or-env = { $setting } é definido pelo departamento de TI ({ $value }, em { $path }); { $flag } não pode alterá-lo. Deixe de fora { $flag } e a variável de ambiente { $env }.
site-locked-flag = { $setting } é definido pelo departamento de TI ({ $value }, em { $path }); { $flag } não pode alterá-lo. Deixe de fora { $flag }.
site-demo-off = o modo de demonstração e o treinamento foram desativados neste computador pelo departamento de TI ({ $path }). Trabalhe com o servidor CM; se nenhum estiver definido, peça o endereço ao departamento de TI.
settings-locked-by-site = Definido pelo departamento de TI
settings-locked-by-site-hint = Em { $path }; só um administrador pode alterar isso.

## Verificar este posto (enroll-desk doctor e a janela da barra de status)

doctor-button = Verificar o posto…
doctor-button-hint = Verifica o serviço de cartão inteligente, as leitoras, o servidor, o certificado, a entrada, o relógio, as configurações e a trilha de auditoria
doctor-title = Verificar este posto
doctor-running = Verificando…
doctor-run-again = Verificar novamente
doctor-close = Fechar
doctor-outcome-pass = OK
doctor-outcome-fail = Falhou
doctor-outcome-skipped = Não verificado
doctor-line = { $mark } { $title }: { $detail }
doctor-line-fix = { $mark } { $title }: { $detail } → { $fix }
doctor-all-passed = Todas as { $count } verificações foram aprovadas.
doctor-some-failed = { $failed } de { $count } verificações falharam.
doctor-site-title = Configurações da organização
doctor-site-absent = nenhuma ({ $path } não existe): todas as configurações são suas
doctor-site-read = { $path } foi lido; ele define: { $settings }
doctor-site-fix = Peça ao departamento de TI que corrija o arquivo.
doctor-site-writable = { $path } pode ser alterado por você e, portanto, não fixa nada: só administradores devem poder gravá-lo
doctor-site-writable-fix = Peça ao departamento de TI que deixe o arquivo gravável somente por administradores.
doctor-settings-title = Suas configurações
doctor-settings-no-desk = não verificado: este enroll-desk foi compilado sem a janela do posto
doctor-settings-none-yet = nenhuma ainda ({ $path }): o posto inicia com os valores padrão
doctor-settings-read = { $path } foi lido
doctor-settings-unreadable = { $path } não pode ser lido ({ $detail }); em vez disso, o posto inicia com os valores padrão
doctor-settings-fix = Abra Configurações e aplique-as para gravar o arquivo de novo, ou mova o arquivo para outro lugar.
doctor-audit-title = Trilha de auditoria
doctor-audit-nowhere = este computador não tem pasta para a trilha de auditoria (não há pasta pessoal), então o posto não mantém nenhuma
doctor-audit-writable = ela pode ser gravada em { $dir }
doctor-audit-not-writable = ela não pode ser gravada em { $dir } ({ $detail })
doctor-audit-fix = Peça ao departamento de TI que permita aos operadores gravar nesta pasta, ou que defina audit_dir nas configurações da organização.
doctor-pcsc-title = Serviço de cartão inteligente
doctor-pcsc-running = em execução
doctor-readers-title = Leitoras e cartões
doctor-skipped-no-service = não verificado: o serviço de cartão inteligente não está em execução
doctor-no-reader = nenhuma leitora de cartão inteligente está conectada
doctor-no-reader-fix = Conecte uma leitora; se já houver uma conectada, desconecte-a e conecte-a de novo.
doctor-no-card = { $count ->
    [one] não há cartão na leitora
   *[other] não há cartão em nenhuma das { $count } leitoras
}
doctor-no-card-fix = Insira um cartão para verificar se a leitora o reconhece.
doctor-card-in-reader = um cartão em { $reader } (ATR { $atr })
doctor-readers-found = { $count ->
    [one] 1 leitora
   *[other] { $count } leitoras
}; { $cards }
doctor-address-title = Endereço do servidor
doctor-server-demo = não verificado: o posto está no modo de demonstração, com seu próprio servidor simulado
doctor-server-blocked = não verificado: primeiro é preciso corrigir o arquivo de configurações da organização
doctor-server-not-set = nenhum servidor CM está definido
doctor-server-not-set-fix = Informe o servidor em Configurações, ou peça-o ao departamento de TI.
doctor-skipped-no-server = não verificado: o servidor não foi encontrado
doctor-address-found = { $host } é { $address }
doctor-address-unknown = { $host } não foi encontrado ({ $detail })
doctor-address-fix = Verifique o nome do servidor em Configurações e a conexão de rede (e a VPN) deste computador.
doctor-answers-title = O servidor responde
doctor-answers-status = ele responde (HTTP { $status })
doctor-answers-handshake = ele responde, mas a conexão segura falhou (abaixo)
doctor-skipped-no-answer = não verificado: o servidor não responde
doctor-tls-title = Conexão segura
doctor-tls-trusted = o certificado do servidor é válido e confiável
doctor-tls-loopback = http simples para este computador: nenhum certificado é necessário
doctor-tls-failed = { $detail }
doctor-tls-fix = Se a sua organização usa uma AC própria, escolha o certificado dela em Configurações (arquivo de certificado de AC) ou peça ao departamento de TI que o defina; caso contrário, informe o administrador do CM.
doctor-skipped-no-trust = não verificado: a conexão com o servidor não é confiável
doctor-sign-in-title = Entrada
doctor-sign-in-failed = a entrada com { $method } falhou: { $error }
doctor-signed-in-kerberos = conectado como { $account } com Kerberos
doctor-signed-in-ntlm = conectado como { $account } com NTLM
doctor-signed-in-bearer-as = conectado como { $account } com um token de portador
doctor-signed-in-bearer = conectado com um token de portador
doctor-signed-in-anonymous = o servidor aceitou o posto sem perguntar quem é ({ $method })
doctor-clock-title = Relógio
doctor-clock-unknown = não verificado: o servidor não informou a hora
doctor-clock-ok = { $seconds } s de diferença do relógio do servidor
doctor-clock-ahead = o relógio deste computador está { $minutes } minutos adiantado em relação ao do servidor; o Kerberos permite 5
doctor-clock-behind = o relógio deste computador está { $minutes } minutos atrasado em relação ao do servidor; o Kerberos permite 5
doctor-clock-fix = Corrija a data, a hora e o fuso horário deste computador (ou deixe que sejam ajustados automaticamente) e tente novamente.
