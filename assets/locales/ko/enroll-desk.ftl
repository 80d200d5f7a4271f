# enroll-desk, 한국어. Microsoft MIM 문서의 용어를 따릅니다:
# 스마트 카드, 요청, 프로필 템플릿, 사용자, 제안 PIN.
# 한국어에는 복수형이 없으므로 개수는 선택자 없이 씁니다.

## 요청 상태와 유형

status-none = 없음
status-approved = 승인됨
status-denied = 거부됨
status-completed = 완료됨
status-failed = 실패
status-pending = 보류 중
status-canceled = 취소됨
status-executing = 실행 중
status-unknown = 알 수 없음({ $code })
type-enroll = 등록
type-unblock = 차단 해제
type-unknown = 알 수 없음({ $code })

## 할당 및 PIN 가져오기 오류

error-card-id-unknown = 카드 ID를 읽을 수 없습니다(PIV 카드 ID가 없음). 카드 ID를 입력(--card-id)한 뒤 다시 시도하세요
error-card-id-differs = 입력한 카드 ID({ $typed })가 카드의 ID({ $read })와 다릅니다. 아무것도 할당되지 않았습니다. 리더에 어떤 카드가 있는지 확인하거나 카드 ID를 생략하세요
error-reading-card = 카드를 읽지 못했습니다: { $cause }
error-binding = 할당하지 못했습니다: { $cause }
error-pin-not-fetched = 카드는 할당되었지만(스마트 카드 { $smartcard }) PIN을 가져오지 못했습니다: { $cause }. 같은 카드를 다시 넣고 PIN을 가져오세요
error-different-card = 할당된 카드가 아닙니다. 예상한 카드 ID는 { $expected }인데 { $found }이(가) 있습니다. 할당된 카드를 넣으세요
error-different-card-none = 할당된 카드가 아닙니다. 예상한 카드 ID는 { $expected }인데 카드 ID가 없습니다. 할당된 카드를 넣으세요
error-fetching-pin = PIN을 가져오지 못했습니다: { $cause }

## 카드 오류

card-no-service = 스마트 카드 서비스(pcscd)가 실행 중이 아닙니다. 서비스를 시작한 뒤(예: `systemctl start pcscd`) 다시 시도하세요
card-no-reader = 카드 리더 '{ $reader }'이(가) 연결되어 있지 않습니다. 연결하거나 다른 리더를 선택하세요
card-no-card = 리더 '{ $reader }'에 카드가 없습니다. 카드를 넣고 다시 시도하세요
card-removed = 작업 중에 카드가 제거되었습니다. 다시 넣고 다시 시도하세요
card-timeout = 카드가 { $seconds }초 안에 응답하지 않았습니다. 카드를 뺐다가 다시 넣고 다시 시도하세요
card-reader-busy = 다른 프로그램이 '{ $reader }'의 카드를 사용 중입니다. 그 프로그램을 닫고 다시 시도하세요
card-status = 카드가 { $command }을(를) 거부했습니다: { $words }(상태 { $sw })
card-no-admin-key = 이 카드에는 PIV 애플리케이션이 없어 챌린지에 쓸 관리 키가 없습니다. 서버가 허용한다면 설정에서 챌린지를 자동 또는 GET CHALLENGE(--challenge)로 지정하세요
card-malformed = 카드의 응답을 이해할 수 없습니다({ $detail }). 지원되지 않는 카드일 수 있습니다
card-transport = 카드와 통신하지 못했습니다({ $detail }). 카드를 뺐다가 다시 넣고 다시 시도하세요

card-no-piv = 이 카드에는 PIV 애플리케이션이 없어 이 데스크에서 발급할 수 없습니다. PIV 카드를 사용하세요
card-wrong-secret = 카드가 { $what }을(를) 거부했습니다{ $tries ->
      [none] {""}
     *[other] { " " }(남은 시도 { $tries }회)
  }
card-blocked = 카드의 { $what }이(가) 차단되었습니다
card-secret-length = { $length }자리 PIN은 PIV 카드에 맞지 않습니다. 6~8자리여야 합니다
secret-pin = PIN
secret-puk = PUK
secret-admin-key = 관리자 키
## CM 서버 오류

cm-invalid-url = '{ $url }'은(는) 사용할 수 있는 서버 주소가 아닙니다: { $reason }
cm-insecure-url = { $host }(으)로의 암호화되지 않은 http 연결을 거부했습니다. CM 서버는 https로 연결해야 합니다(http는 이 컴퓨터의 루프백 주소에만 허용됨)
cm-ca-file = CA 인증서 파일 { $path }을(를) 읽을 수 없습니다: { $detail }. 서버 인증서를 발급한 CA 인증서가 들어 있는 PEM 파일을 선택하세요
cm-api-not-enabled = { $server }에서 CM REST API가 사용하도록 설정되어 있지 않습니다(모든 주소가 404 Not Found로 응답). CM 관리자에게 CM 서버의 REST API를 사용하도록 설정해 달라고 요청하거나 서버 주소를 확인하세요
cm-not-found = 서버에서 { $what }을(를) 찾을 수 없습니다(404). 목록을 새로 고치세요. 제거되었거나 처음부터 없었을 수 있습니다
cm-unauthorized-none = 서버가 로그인을 받아들이지 않았습니다(401 Unauthorized). 서버가 제공하는 로그인 방법이 없습니다. 서버 주소를 확인하세요
cm-unauthorized-negotiate = 서버가 로그인을 받아들이지 않았습니다(401 Unauthorized). 서버가 제공하는 방법: { $offered }. Kerberos로 로그인하세요. 설정에서 로그인 방법으로 "자동" 또는 "Kerberos"를 선택하세요(또는 --auth negotiate)
cm-unauthorized-bearer = 서버가 로그인을 받아들이지 않았습니다(401 Unauthorized). 서버가 제공하는 방법: { $offered }. 액세스 토큰이 유효한지(--token 또는 ENROLL_DESK_TOKEN), 계정이 CM REST API를 사용할 수 있는지 확인하세요
cm-unauthorized-other = 서버가 로그인을 받아들이지 않았습니다(401 Unauthorized). 서버는 { $offered }만 제공하는데, 이 데스크는 이를 사용하지 않습니다. 이 데스크는 Kerberos(Negotiate) 또는 ADFS 전달자 토큰으로 로그인합니다. CM 관리자에게 CM 사이트에 Negotiate를 사용하는 Windows 인증이나 ADFS를 사용하도록 설정해 달라고 요청하세요
cm-forbidden = 서버가 이 작업을 허용하지 않습니다(403 Forbidden): { $message }. { $hint }
cm-forbidden-hint-general = CM 관리자에게 필요한 권한을 요청하세요
cm-forbidden-hint-bind = 요청에 이미 카드가 있거나 아직 승인되지 않았을 수 있습니다. 목록을 새로 고치고 상태를 확인하세요
cm-forbidden-hint-pin = 제안 PIN을 읽으려면 중요한 작업이 허용된 CM 그룹의 구성원이어야 합니다. CM 관리자에게 문의하세요
cm-forbidden-hint-admin-key = 관리 키 호출에는 중요한 작업이 허용된 CM 그룹의 구성원 자격이 필요합니다. CM 관리자에게 문의하세요
cm-bad-request = 서버가 요청 형식이 잘못되었다며 거부했습니다(400): { $message }. enroll-desk 또는 서버의 결함이므로 이 내용을 첨부해 신고하세요
cm-server-error = CM 서버에 오류가 발생했습니다(HTTP { $status }): { $message }. 다시 시도하세요. 계속 실패하면 CM 관리자에게 발생 시각을 알려 주세요
cm-server-error-correlated = CM 서버에 오류가 발생했습니다(HTTP { $status }): { $message }(상관 관계 ID { $id }). 다시 시도하세요. 계속 실패하면 CM 관리자에게 발생 시각과 상관 관계 ID를 알려 주세요
cm-unreachable = { $server }의 CM 서버에 연결할 수 없습니다: { $detail }. 서버 주소와 네트워크를 확인한 뒤 다시 시도하세요
cm-timeout = { $server }의 CM 서버가 { $seconds }초 안에 응답하지 않았습니다. 서버가 바쁠 수 있으니 다시 시도하고, 계속되면 CM 관리자에게 문의하세요
cm-tls = { $server }에 대한 보안 연결에 실패했습니다: { $detail }. 서버 인증서를 신뢰할 수 없거나 이 이름에 유효하지 않습니다. 사이트에서 자체 CA를 쓴다면 설정에서(또는 --ca-file로) 그 인증서를 선택하세요
cm-bind-unverified = 서버가 할당에 응답했지만 어떤 스마트 카드를 만들었는지 알려 주지 않았고, 서버 기록에도 카드 { $card }와(과) 요청 { $request }에 대해 데스크가 확인할 수 있는 항목이 없습니다. PIN은 가져오지 않았습니다. 다시 할당하기 전에 목록을 새로 고치고 CM 서버에서 요청을 확인하세요
cm-no-pin-given = 서버가 PIN을 주지 않았습니다. PIN 호출에 빈 PIN으로 응답했습니다. 카드는 할당되었습니다. 이 프로필 템플릿이 PIN을 제안하는지 CM 관리자에게 확인한 뒤 PIN을 다시 가져오세요
cm-unusable-pin = 서버가 어떤 카드에도 쓸 수 없는 PIN을 제안했습니다(PIN은 표시하지 않음). PIN은 공백 없이 인쇄 가능한 문자 { $min }~{ $max }자이며, 지금까지는 모든 템플릿에서 숫자였습니다. 카드는 할당되었습니다. 이 프로필 템플릿의 PIN 정책을 확인해 달라고 CM 관리자에게 요청한 뒤 PIN을 다시 가져오세요
cm-insecure-redirect = { $server }의 CM 서버가 데스크를 암호화되지 않은 http({ $to })로 리디렉션했지만 데스크는 이를 따르지 않습니다. https 연결 뒤에는, 그리고 다른 컴퓨터로는 연결이 https로 유지되어야 합니다. 서버 주소를 확인하거나 CM 관리자에게 리디렉션을 고쳐 달라고 요청하세요
cm-unexpected = CM 서버의 응답이 예상과 다릅니다. 예상: { $expected }, 받은 응답: { $got }. 다시 시도하세요. 계속되면 서버 버전이 다를 수 있으니 신고해 주세요
cm-classroom-full = { $server }의 교육장 시뮬레이터가 가득 찼습니다. 이 데스크는 참가할 수 없습니다. 강사에게 자리를 늘려 달라고 요청한 뒤(더 큰 --max-desks) 다시 시도하세요

## 로그인 오류

auth-no-token = 전달자 로그인에는 토큰이 필요합니다. --token 또는 ENROLL_DESK_TOKEN으로 지정하거나 설정에 입력하세요
auth-kerberos-not-built = 이 enroll-desk는 Kerberos 지원 없이(Cargo 기능 "negotiate") 빌드되었지만 서버가 Kerberos(Negotiate)를 요구합니다. Kerberos가 포함된 빌드나 전달자 토큰을 사용하세요
auth-no-ticket = Kerberos 티켓이 없습니다({ $detail }). 도메인에 로그인하거나 사용자 이름으로 `kinit`을 실행한 뒤 다시 시도하세요
auth-ticket-expired = Kerberos 티켓이 만료되었습니다. 티켓을 갱신한 뒤(`kinit`을 다시 실행하거나 세션을 잠갔다가 해제) 다시 시도하세요
auth-unknown-service = 도메인이 서비스 { $spn }을(를) 알지 못하므로 이 서버에 대한 Kerberos 티켓이 없습니다. 도메인에 등록된 CM 서버 이름을 사용하거나(IP 주소나 별칭 말고) 관리자에게 CM 사이트용 { $spn }을(를) 등록해 달라고 요청하세요
auth-clock-skew = 이 컴퓨터의 시계가 도메인 컨트롤러와 너무 많이 다릅니다(Kerberos는 약 5분까지 허용). 이 컴퓨터의 날짜와 시간을 고친 뒤 다시 시도하세요
auth-kdc-unreachable = 영역의 Kerberos 도메인 컨트롤러(KDC)에 연결할 수 없습니다({ $detail }). 네트워크나 VPN을 확인한 뒤 다시 시도하세요
auth-rejected = 서버가 { $spn }에 대한 Kerberos 티켓을 받아들이지 않았습니다(다시 401). 이 컴퓨터의 시계가 5분 넘게 틀리거나, 서버의 서비스 키가 도메인과 맞지 않거나(오래된 keytab), 계정이 CM 사이트를 사용할 수 없을 수 있습니다. 시계를 확인한 뒤 CM 관리자에게 문의하세요
auth-server-not-proven = 서버가 자신의 신원을 증명하지 않았습니다({ $detail }). 응답을 신뢰하지 않았습니다. CM 관리자에게 알리세요
auth-kerberos = Kerberos 로그인 실패: { $detail }

## 설정

settings-title = 설정
settings-apply = 적용
settings-cancel = 취소
settings-language = 언어
settings-server = CM 서버
settings-server-hint = https://cm.example.org — 비워 두면 데모 모드
settings-sign-in = 로그인 방법
settings-sign-in-hint = Kerberos는 도메인 로그인(또는 kinit)에서 받은 티켓을 사용합니다
settings-token = 전달자 토큰
settings-token-remember = 이 컴퓨터에 토큰 기억
settings-token-kept-in = { $store }에 보관됩니다.
settings-token-no-store = 사용할 수 없음: { $why }. 토큰은 프로그램을 닫을 때까지만 보관됩니다.
token-moved-to-store = 전달자 토큰을 설정 파일에서 { $store }(으)로 옮겼습니다. 설정 파일에는 더 이상 토큰이 없습니다
token-removed-no-store = 일반 텍스트로 저장되어 있던 전달자 토큰을 설정 파일에서 삭제했습니다. 이 컴퓨터에서는 토큰을 기억할 수 없으므로({ $why }) 프로그램을 닫을 때까지만 보관됩니다
token-removed-from-file = 전달자 토큰을 설정 파일에서 삭제했습니다. 프로그램을 닫을 때까지만 보관됩니다
token-unreadable = 기억된 전달자 토큰을 읽을 수 없습니다({ $why }). 설정에서 다시 입력하세요. 프로그램을 닫을 때까지만 보관됩니다
token-saved = 전달자 토큰을 { $store }에 기억했습니다
token-save-failed = 전달자 토큰을 { $store }에 저장할 수 없습니다({ $error }). 프로그램을 닫을 때까지 보관됩니다. 설정에서 다시 시도하세요
token-forgotten = 전달자 토큰이 더 이상 { $store }에 기억되지 않습니다
token-forget-failed = 전달자 토큰을 { $store }에서 삭제할 수 없습니다({ $error }). { $store }에서 "{ $entry }" 항목을 직접 삭제하세요
settings-ca-file = CA 인증서 파일
settings-ca-system-only = 시스템 인증서만
settings-choose = 선택…
settings-clear = 지우기
settings-ca-dialog-title = CA 인증서(PEM)
settings-ca-dialog-filter = PEM 인증서
settings-pin-timeout = PIN 창 닫힘 시간
settings-seconds-suffix = 초
settings-theme = 테마
settings-theme-system = 시스템
settings-theme-light = 밝게
settings-theme-dark = 어둡게
settings-byte-order = 카드 ID 바이트 순서
settings-byte-order-microsoft-hint = Windows가 쓰는 순서(Guid.ToByteArray). 일반적인 선택입니다
settings-byte-order-rfc-hint = 카드에 저장된 그대로의 바이트
settings-challenge = 챌린지
settings-admin-key-algorithm = 관리 키 알고리즘
settings-locked = 진행 중인 카드 작업이 끝나면 설정을 바꿀 수 있습니다.
auth-method-auto = 자동(토큰이 있으면 토큰, 없으면 Kerberos)
auth-method-negotiate = Kerberos(Windows 로그인)
auth-method-bearer = 전달자 토큰(ADFS)
auth-method-none = 로그인 안 함
challenge-automatic = 자동
challenge-piv-admin-key = PIV 관리 키
challenge-automatic-hint = PIV 관리 키의 증명. PIV가 없는 카드는 GET CHALLENGE
challenge-piv-admin-key-hint = 항상 PIV 관리 키(9B)의 증명(Windows 미니드라이버와 같은 방식)
challenge-get-challenge-hint = 항상 키와 무관한 임의의 8바이트(GET CHALLENGE)
admin-key-from-card = 카드에서 읽기(없으면 3DES)

## 상태 표시줄

status-server = 서버: { $server }
status-signed-in-bearer = 전달자 토큰으로 로그인됨
status-signed-in-as-bearer = { $user }(으)로 로그인됨(전달자 토큰)
status-signed-in-as-kerberos = { $user }(으)로 로그인됨(Kerberos)
status-signed-in = 로그인됨({ $method })
status-not-signed-in = 로그인 안 됨({ $method })
status-sign-in-unchecked = 로그인 아직 확인 안 됨({ $method })
status-requests-loaded = 요청 { $count }개, { $time }에 불러옴
status-requests-not-loaded = 요청을 아직 불러오지 않음
loading-requests = 요청을 불러오는 중…

## PIN 창

pin-title = { $person }의 PIN
pin-read-aloud = 카드 소지자에게 읽어 주세요. 이번 한 번만 표시됩니다.
pin-cardholder-chooses = 카드 소지자가 처음 사용할 때 PIN을 정합니다.
pin-closes-in = { $seconds }초 후 닫힘
pin-handed-over = PIN 전달 완료 — 닫기

## 데모 모드

demo-remove-card = 카드 빼기
demo-insert-card = 카드 넣기
demo-insert-card-hint = 고유한 카드 ID가 있는 새 가상 카드
demo-insert-card-without-id = ID 없는 카드 넣기
demo-insert-card-without-id-hint = ID를 읽을 수 없는 카드: 담당자가 직접 입력합니다
demo-put-card-back = 카드 다시 넣기
demo-put-card-back-hint = 방금 뺀 카드를 이 리더에 다시 넣습니다
demo-faults-title = 데모: 서버 장애
demo-faults-intro = 교육 담당자용: 시뮬레이션 서버가 오작동하게 합니다.
demo-fault-slow = 느린 서버(응답마다 { $seconds }초)
demo-fault-forbidden = 모든 호출 거부(403)
demo-fault-internal-error = 내부 서버 오류(500)
demo-fault-malformed = 깨진 응답(잘못된 JSON)
demo-fault-api-disabled = REST API 사용 안 함(404)
demo-fault-server-down = 서버 중단(연결 거부)

## 리더

readers-title = 리더
readers-service-unavailable = 스마트 카드 서비스를 사용할 수 없음: { $detail }. 서비스(pcscd)를 시작하거나 리더를 다시 연결하세요.
readers-none = 연결된 리더가 없습니다. 스마트 카드 리더를 연결하면 바로 여기에 나타납니다.
reader-no-card = 카드 없음
reader-atr = ATR { $atr }
reader-reading-card = 카드 읽는 중…
reader-card-id = 카드 ID { $card }
reader-card-id-unknown = 카드 ID 알 수 없음(PIV 카드 ID 없음)
reader-connected = 리더 연결됨: { $reader }
reader-disconnected = 리더 연결 끊김: { $reader }
card-inserted = { $reader }에 카드 넣음
card-removed-from = { $reader }에서 카드 뺌
service-stopped = 스마트 카드 서비스가 중지되었습니다({ $detail }). 서비스가 다시 시작되면 리더가 돌아옵니다
service-back = 스마트 카드 서비스가 다시 실행 중입니다
card-read = { $reader }의 카드: 카드 ID { $card }
card-read-without-id = { $reader }의 카드에는 읽을 수 있는 카드 ID가 없습니다. 이 카드를 발급하려면 ID를 입력하세요
card-read-failed = { $reader }의 카드를 읽지 못했습니다: { $error }

## 요청 표

status-ready-to-bind = 승인됨, 카드 없음
status-software-profile = 승인됨, 소프트웨어 프로필
status-all = 모든 상태
person-user-id = 사용자 { $id }
person-none = (대상 사용자 없음)
column-target-user = 대상 사용자
column-type = 유형
column-status = 상태
column-priority = 우선순위
column-submitted = 제출 시각
column-comment = 설명
search = 검색
search-hint = 모든 열(Ctrl+F)
status-filter = 상태
requests-shown = 요청 { $count }개 중 { $shown }개
sorted-ascending = { $column } 기준 오름차순 정렬됨. 클릭하면 반대로 정렬
sorted-descending = { $column } 기준 내림차순 정렬됨. 클릭하면 반대로 정렬
sort-by = { $column } 기준 정렬

## 선택한 요청과 카드

detail-select-request = 표에서 요청을 선택하면 여기에 표시됩니다.
detail-request = 요청
detail-profile = 프로필
detail-profile-software = 소프트웨어(스마트 카드 아님)
detail-department = 부서
detail-profile-template = 프로필 템플릿
detail-bound-smartcard = 할당된 스마트 카드
detail-card-choose-reader = 카드: 리더 패널에서 리더를 선택하세요.
detail-card-none = 카드: { $reader }에 카드가 없습니다.
detail-card-reading = { $reader }의 카드: 읽는 중…
detail-card-failed = { $reader }의 카드: { $error }
detail-card-no-id = { $reader }의 카드: 카드 ID를 읽을 수 없습니다.
detail-card-id = 카드 ID
why-no-reader = 카드가 들어 있는 리더를 선택하세요.
why-no-card = { $reader }에 카드를 넣으세요.
why-card-being-read = 카드를 다 읽을 때까지 기다리세요.
why-card-unreadable = 카드를 뺐다가 다시 넣으세요.
why-card-id-missing = 카드나 카드 케이스에 인쇄된 카드 ID를 입력하세요.
why-card-id-malformed = 카드 ID가 아닙니다. xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx 형식의 16진수 32자리여야 합니다.
why-already-bound = 이 요청은 이미 다른 카드에 할당되어 있습니다. 이어서 하려면 그 카드를 넣거나, 요청을 취소하세요.
why-software-profile = 이 요청은 소프트웨어 프로필용입니다(서버에 따르면 스마트 카드 요청이 아님). 인증서가 카드가 아니라 사용자의 컴퓨터로 가므로 여기서 발급할 카드가 없습니다.
why-not-approved = 승인된 요청만 처리할 수 있습니다. 이 요청의 상태는 { $status }입니다.
try-again = 다시 시도
dismiss = 닫기

enroll-step-reading-card = 카드와 요청 읽기
enroll-step-policy = 프로필 템플릿의 스마트 카드 정책
enroll-step-binding = 카드를 요청에 할당
enroll-step-admin-key = 카드 관리자 키 열기
enroll-step-card-key = 카드 고유 관리자 키 설정
enroll-step-keys = 카드에서 키 생성
enroll-step-certificates = 인증서를 받아 카드에 쓰기
enroll-step-puk = PUK 설정
enroll-step-card-puk = 카드 관리자 키에서 PUK 계산
enroll-step-pin = PIN 설정
enroll-step-completing = 요청을 완료로 표시
enroll-progress = { $step }…
enroll-progress-key = 카드에서 키 { $of }개 중 { $number }번째 생성 중 (슬롯 { $slot })…
enroll-failed = { $step } 실패: { $problem }. { $next }
enroll-next-again = 아무것도 변경되지 않았습니다. 다시 시도하세요.
enroll-next-again-same-card = 이 카드를 리더기에 그대로 두고 다시 시도하세요. 같은 카드에서 발급이 이어집니다.
enroll-next-complete-again = 카드가 완성되었고 PIN이 설정되었습니다. 요청 완료 표시만 남았습니다. 다시 시도하세요.
enroll-next-officer = 다시 시도해도 해결되지 않습니다. CM 관리자와 원인을 해결하거나 요청을 취소하세요.
enroll-next-cancelled = 나중에 이 카드를 다시 발급할 수 있습니다. 지금까지 완료된 단계는 유지됩니다.
enroll-problem-not-approved = 요청 상태가 { $status }이며 승인되지 않았습니다
enroll-problem-other-card = 요청이 이미 다른 카드(카드 ID { $card })에 할당되어 있습니다. 그 카드를 넣거나 요청을 취소하세요
enroll-problem-not-smartcard = 이 요청은 스마트 카드용이 아닙니다(프로필 템플릿에 스마트 카드 구성이 없음)
enroll-problem-admin-key = 카드가 서버의 관리자 키 응답을 받아들이지 않았습니다. 카드의 관리자 키가 서버가 보관한 키와 다릅니다(다른 시스템의 카드일 수 있습니다. 카드를 초기화하거나 빈 카드를 사용하세요)
enroll-problem-too-many-certificates = 템플릿이 인증서 { $count }개를 요구합니다. PIV 카드에는 세 개(9A, 9C, 9D)만 들어갑니다
enroll-problem-ca-refused = 인증 기관이 요청을 거부했습니다: { $reason }
enroll-problem-server-key = 서버가 직접 만든 키(PFX)로 응답했습니다. 이 데스크는 카드가 생성한 키만 카드에 넣으므로 아무것도 기록하지 않았습니다. CM 관리자에게 이 인증서 템플릿의 키 보관(서버 생성 키)을 끄도록 요청하세요
enroll-problem-missing-certificate = 서버 응답에 슬롯 { $slot } 키의 인증서가 없습니다
enroll-problem-pin-entry-cancelled = 카드 소지자가 PIN을 설정하지 않았습니다. 카드는 공장 PIN을 유지합니다
enroll-problem-cancelled = 담당자가 중지함
enroll-problem-unsupported-key = 템플릿이 PIV 카드가 생성할 수 없는 { $name } { $size } 키를 요구합니다(RSA 2048, ECC P-256, P-384만 가능). CM 관리자에게 인증서 템플릿 변경을 요청하세요
enroll-problem-unsupported-hash = 템플릿이 SHA-1, SHA-256, SHA-384, SHA-512가 아닌 해시 { $name }을(를) 요구합니다. CM 관리자에게 인증서 템플릿 변경을 요청하세요
enroll-problem-bad-subject = 템플릿의 인증서 주체 '{ $subject }'을(를) 읽을 수 없습니다. CM 관리자에게 템플릿 확인을 요청하세요
enroll-problem-bad-signature = 카드의 서명이 생성한 키와 맞지 않습니다. 카드에 결함이 있을 수 있습니다. 다시 시도하거나 다른 카드를 사용하세요
enroll-problem-certificate-data = 인증서 또는 요청을 읽을 수 없습니다({ $detail })
unblock-problem-not-unblock = 이 요청은 차단 해제 요청이 아닙니다. 카드 소지자의 차단 해제 요청을 선택하세요
enroll-problem-unblock-request = 차단 해제 요청입니다. 새 카드가 아니라 카드 소지자의 기존 카드에 대한 요청이니 그 카드의 차단을 해제하세요
request-not-done-here = { $kind } 요청은 이 데스크에서 처리하지 않습니다. CM 포털에서 처리하세요
unblock-problem-no-card = 차단 해제 요청에 카드가 지정되어 있지 않습니다. CM 관리자에게 요청 확인을 부탁하세요
unblock-problem-wrong-card = 이 요청의 카드가 아닙니다(요청 카드 ID { $card }). 아무것도 변경되지 않았습니다. 카드 소지자 본인의 카드를 넣으세요
unblock-problem-puk-mismatch = 카드의 PUK가 이 데스크가 설정하는 PUK가 아니므로 이 방식으로 발급된 카드가 아닙니다. 차단이 해제되지 않았습니다. 발급한 곳에서 차단을 해제하거나 새 카드를 발급받으세요
unblock-problem-puk-blocked = 카드의 PUK가 차단되어 차단 해제할 수 없습니다. 카드를 초기화하고 다시 발급해야 합니다. 새 카드 요청을 하세요
enroll-cardholder-chose-pin = 카드 소지자가 직접 PIN을 설정했습니다. 전달할 PIN이 없습니다.
new-pin-length = PIN은 6~8자여야 합니다.
new-pin-characters = PIN에는 영문자, 숫자, 문장 부호만 쓸 수 있으며 공백이나 한글은 쓸 수 없습니다.
new-pin-mismatch = 두 입력이 다릅니다. 같은 PIN을 두 번 입력하세요.
## 창 테두리: 제목 표시줄, 상태 표시줄, 활동

settings-button = 설정…
refresh-requests = 요청 새로 고침
demo-badge = 데모 — 시뮬레이션 서버와 카드
status-not-connected = 연결 안 됨
status-demo-server = { $address }의 데모 시뮬레이터
status-demo-sign-in = 데모, 로그인 없음
status-readers-simulated = 리더: 시뮬레이션
status-service-unavailable = 스마트 카드 서비스: 사용할 수 없음
status-service-running = 스마트 카드 서비스: 실행 중, 리더 { $count }대
activity-title = 활동
export-csv = CSV로 내보내기…
export-audit = 감사 기록 내보내기…
export-audit-hint = 이 데스크의 감사 기록 사본(JSON Lines)
export-activity-title = 활동 내보내기
export-audit-title = 감사 기록 내보내기
export-audit-filter = JSON Lines
export-saved = 저장됨: { $path }
export-failed = 내보내기 실패: { $error }
desk-not-connected = 데스크가 연결되지 않음: { $error }
open-settings = 설정 열기
use-demo-mode = 데모 모드 사용
load-failed = 요청을 불러오지 못했습니다: { $error }
demo-started = 데모 모드: 시뮬레이션 CM 서버와 시뮬레이션 리더입니다. 리더 패널에서 카드를 넣으세요.
connected-to = { $server }에 연결됨
cannot-start = 시작할 수 없음: { $error }
settings-saved = 설정 저장됨
requests-loaded = 요청 { $count }개를 불러왔습니다
could-not-read = 읽을 수 없음: { $what }
more-unreadable = … 그 밖에 읽을 수 없는 요청 { $count }개
unreadable-headline = 요청 { $count }개를 읽을 수 없습니다
unreadable-details = 자세히
unreadable-explained = 서버가 데스크가 이해할 수 없는 형식으로 보냈습니다. CM 관리자가 확인할 수 있습니다.

## 할당과 PIN

confirm-cardholder = 카드 소지자
confirm-card-id-typed = { $card }(직접 입력)
confirm-reader = 리더
the-cardholder = 카드 소지자
pin-handed-over-line = 스마트 카드 { $smartcard }의 PIN 전달 완료
pin-timed-out-line = 스마트 카드 { $smartcard }의 PIN 창 시간 초과. PIN이 더 이상 표시되지 않음
demo-insert-failed = 데모: 카드를 넣지 못했습니다: { $error }
demo-faults-changed = 데모: 교육 담당자가 서버 장애 설정을 바꿨습니다
demo-server-down = 데모: 시뮬레이션 서버가 중단되었습니다
demo-server-back = 데모: 시뮬레이션 서버가 다시 실행 중입니다
demo-restart-failed = 데모: 시뮬레이터를 다시 시작하지 못했습니다: { $error }

## The desk's runs: the board, the step list, card first, the PINs, resuming

board-title = 작업 중인 리더
card-changed-before-start = 시작하기 전에 { $reader }의 카드가 바뀌었습니다. 아무것도 보내지 않았습니다. 카드를 확인하고 다시 시작하세요.
card-looking-up = 서버에 이 카드를 조회하는 중…
card-lookup-failed = 서버에 이 카드를 조회하지 못했습니다: { $error }
card-no-open-requests = 이 카드에 대한 미결 요청이 없습니다.
card-open-request = { $kind } — { $status } — { $person }
card-open-requests = 이 카드에 대한 미결 요청(클릭하면 선택됩니다):
card-owner = { $person }의 카드
card-owner-not-listed = 서버가 이 카드를 알고 있지만, 이 카드의 요청은 목록에 없습니다.
card-smartcard-status = 스마트 카드 { $smartcard }: { $status }
card-unknown-to-server = CM 서버가 이 카드를 모릅니다. 새 카드입니다.
confirm-enroll = 발급
confirm-keep-card-enroll = 카드를 이 요청에 할당하고 발급합니다. 키, 인증서, 그다음 PIN 순서입니다. 데스크에 완료가 표시될 때까지 카드를 리더에 그대로 두세요.
confirm-keep-card-unblock = 카드의 PIN을 다시 설정합니다. 데스크에 완료가 표시될 때까지 카드를 리더에 그대로 두세요.
confirm-title-enroll = 이 카드를 { $person }에게 발급할까요?
confirm-title-unblock = { $person }의 카드를 차단 해제할까요?
confirm-unblock = 차단 해제
detail-old-smartcard = 차단 해제할 카드(스마트 카드)
enroll-button = 카드 발급…
final-abandon = 요청 포기
final-cancel = 요청 취소
final-explained-abandon = CM 서버에서 요청 { $request }이(가) 포기됨으로 표시됩니다. 여기서는 되돌릴 수 없으며, 카드 소지자에게는 새 요청이 필요합니다.
final-explained-cancel = CM 서버에서 요청 { $request }이(가) 취소됨으로 표시됩니다. 여기서는 되돌릴 수 없으며, 카드 소지자에게는 새 요청이 필요합니다.
final-keep = 요청 유지
final-title-abandon = { $person }의 요청을 포기할까요?
final-title-cancel = { $person }의 요청을 취소할까요?
journal-unfinished = 이전 세션에서 끝나지 않음: { $person }의 요청 { $request }(카드 { $card }, { $reader }에 있었음). 이어서 하려면 그 카드를 넣으세요.
journal-unreadable = 끝나지 않은 발급 목록을 읽지 못했습니다: { $detail }
pin-at-reader = { $reader }의 카드
pin-entry-cancel = 취소
pin-entry-cancelled-line = 카드 소지자가 { $reader }의 카드에 PIN을 설정하지 않았습니다. 카드의 PIN은 그대로입니다.
pin-entry-explained = 새 카드({ $reader })의 PIN을 정하세요. 본인만 알게 됩니다.
pin-entry-first = 새 PIN
pin-entry-ok = 확인
pin-entry-rules = 6~8자: 숫자, 영문자 또는 문장 부호, 공백 없이.
pin-entry-second = 한 번 더
pin-entry-set-line = 카드 소지자가 { $reader }의 카드에 새 PIN을 입력했습니다.
pin-entry-title = { $person }님, 새 PIN을 입력하세요
request-status-failed = 요청 { $request }을(를) { $status ->
        [Abandoned] 포기됨
       *[other] 취소됨
    }(으)로 표시하지 못했습니다: { $error }
request-status-set = CM 서버에서 요청 { $request }이(가) { $status ->
        [Abandoned] 포기됨
       *[other] 취소됨
    }(으)로 표시되었습니다.
resume-button = { $person }의 발급 이어서 하기
resume-explained = 이전 세션에서 이 카드를 끝내지 못했습니다(“{ $step }”에서 멈춤).
run-abandon-request = 포기…
run-asks-for-pin = 카드 소지자가 PIN을 입력하는 중…
run-cancel = 취소
run-cancel-request = 요청 취소…
run-cancel-too-late = PIN을 설정하는 중입니다. 작업이 스스로 끝납니다.
run-failed-at = “{ $step }”에서 멈춤
run-finished-enroll = 완료: 카드가 발급되었습니다. 리더에서 카드를 빼세요.
run-finished-line-chosen = { $reader }에 있는 { $person }의 카드가 발급되었습니다(스마트 카드 { $smartcard }). PIN은 카드 소지자가 정했습니다
run-finished-line-pin = { $reader }에 있는 { $person }의 카드가 발급되었습니다(스마트 카드 { $smartcard }). 전달할 PIN이 준비되었습니다
run-finished-unblock = 완료: 카드 차단이 해제되었습니다. 리더에서 카드를 빼세요.
run-started-enroll = { $person }의 요청 { $request }에 대해 { $reader }의 카드 { $card }을(를) 발급하는 중
run-started-unblock = { $person }의 요청 { $request }에 대해 { $reader }의 카드 { $card }을(를) 차단 해제하는 중
run-stopping = { $reader }의 카드 작업을 다음 단계에서 멈추는 중…
run-title-enroll = { $person }의 카드 발급
run-title-unblock = { $person }의 카드 차단 해제
run-unblocked-line-chosen = { $reader }에 있는 { $person }의 카드 차단이 해제되었습니다(스마트 카드 { $smartcard }). PIN은 카드 소지자가 정했습니다
run-unblocked-line-pin = { $reader }에 있는 { $person }의 카드 차단이 해제되었습니다(스마트 카드 { $smartcard }). 전달할 새 PIN이 준비되었습니다
run-where = { $reader } · { $time }
search-card-found = { $count ->
       *[other] 서버가 이 카드를 알고 있습니다(스마트 카드 { $count }개). 해당 요청을 표시합니다.
    }
search-card-unknown = CM 서버는 이 ID의 카드를 모릅니다.
smartcard-status-active = 활성
smartcard-status-assigned = 할당됨
smartcard-status-disabled = 비활성
smartcard-status-new = 새 카드
smartcard-status-none = 없음
smartcard-status-retired = 폐기됨
smartcard-status-suspended = 일시 중지됨
smartcard-status-unknown = 알 수 없음({ $code })
start-shortcut-hint = Enter
step-mark-done = 완료
step-mark-running = 진행 중
step-mark-stopped = 여기서 멈춤
step-mark-to-do = 남음
unblock-button = 이 카드 차단 해제…
unfinished-drop = 적용하고 카드 잊기
unfinished-drop-explained = 카드 { $card }은(는) { $person }의 요청 { $request }에 할당되었지만(스마트 카드 { $smartcard }) 발급이 끝나지 않았습니다. 이 설정을 적용하면 데스크가 다시 연결되고 여기서는 카드를 잊습니다(다음에 시작할 때 다시 제안됩니다). 먼저 다시 시도하려면 카드를 유지하고, 아니면 설정을 적용한 뒤 CM 서버에서 요청을 확인하세요.
unfinished-drop-title = 끝나지 않은 카드를 포기할까요?
unfinished-dropped-line = 발급이 끝나기 전에 데스크가 스마트 카드 { $smartcard }(요청 { $request })을(를) 잊었습니다. 카드는 { $server }에 할당된 상태로 남아 있으니 그곳에서 요청을 확인하세요.
unfinished-keep = 카드 유지
why-card-being-looked-up = 서버에서 이 카드를 조회할 때까지 기다리세요.
why-card-not-looked-up = 서버에 이 카드를 조회하지 못했습니다. 카드를 뺐다가 다시 넣으세요.
why-reader-busy = { $reader }에서 카드 작업이 진행 중입니다. 끝날 때까지 기다리세요.
why-unblock-needs-card-id = 이 카드의 ID를 읽을 수 없어 요청과 대조할 수 없습니다. 카드 소지자 본인의 카드를 넣으세요.
why-wrong-card = 요청 대상 카드가 아닙니다(요청에 적힌 스마트 카드는 { $smartcard }입니다). 카드 소지자 본인의 카드를 넣으세요.

## 명령줄(--json 출력은 언어와 관계없이 바뀌지 않음)

cli-error = 오류: { $message }
cli-no-server = CM 서버가 지정되지 않았습니다. --server URL을 추가하세요(또는 ENROLL_DESK_SERVER 설정)
cli-no-readers = 스마트 카드 리더가 없습니다. 리더를 연결하세요.
cli-reader-no-card = { $reader }: 카드 없음
cli-reader-card = { $reader }: 카드 있음, ATR { $atr }, 카드 ID { $card }
cli-reader-card-without-id = { $reader }: 카드 있음, ATR { $atr }, 카드 ID 알 수 없음
cli-card-id-not-read = 경고: { $reader }: 카드 ID를 읽지 못함: { $error }
cli-request-left-out = enroll-desk: { $what }을(를) 읽을 수 없어 제외함
cli-no-requests = 요청이 없습니다.
cli-column-request = 요청
cli-column-status = 상태
cli-column-type = 유형
cli-column-priority = 우선
cli-column-submitted = 제출 시각(UTC)
cli-column-comment = 설명
cli-request-count = 요청 { $count }개
cli-bound = 카드 { $card }을(를) 요청 { $request }에 스마트 카드 { $smartcard }(으)로 할당했습니다.
cli-pin-label = PIN(한 번만 표시됨, 카드 소지자에게 전달하세요):

cli-enrolled = 요청 { $request }에 카드 { $card } 발급: { $status }
cli-enrolled-certificate = {"  "}슬롯 { $slot }: { $subject } (일련번호 { $serial })
cli-new-pin = 카드 소지자님, 새 PIN을 입력하세요(6~8자):{" "}
cli-new-pin-again = 다시 입력하세요:{" "}
cli-new-pin-needed = enroll-desk: 템플릿이 카드 소지자에게 PIN을 고르게 하지만 물어볼 터미널이 없습니다. --new-pin-stdin을 주고 stdin으로 PIN을 두 번 입력하세요
## 카드 상태 단어(ISO 7816-4)

sw-success = 성공
sw-data-corrupted = 데이터 일부가 손상되었거나 없을 수 있음
sw-memory-failure = 카드 메모리 오류
sw-wrong-length = 길이가 잘못됨
sw-secure-messaging = 보안 메시징이 지원되지 않음
sw-security-status = 보안 상태가 충족되지 않음(카드가 먼저 PIN이나 인증을 요구함)
sw-blocked = 카드가 차단됨
sw-data-unusable = 참조된 데이터를 사용할 수 없음
sw-conditions = 사용 조건이 충족되지 않음
sw-not-allowed = 허용되지 않는 명령
sw-incorrect-data = 명령의 데이터가 잘못됨
sw-function-unsupported = 지원되지 않는 기능
sw-not-found = 애플리케이션 또는 데이터 개체를 찾을 수 없음
sw-memory-full = 카드 메모리 부족
sw-incorrect-p1-p2 = P1 또는 P2가 잘못됨
sw-referenced-data-missing = 참조된 데이터를 찾을 수 없음
sw-wrong-parameters = 매개 변수가 잘못됨
sw-instruction-unsupported = 지원되지 않는 명령어
sw-class-unsupported = 지원되지 않는 클래스
sw-internal-error = 카드가 내부 오류를 보고함
sw-verification-failed = 확인 실패
sw-execution-error = 카드 상태가 바뀌지 않음(실행 오류)
sw-unexpected = 예상치 못한 상태

## 로그인 방식(상태 표시줄)

sign-in-token-or-kerberos = 전달자 토큰, 요청 시 Kerberos
sign-in-kerberos-if-asked = 요청 시 Kerberos
sign-in-kerberos = Kerberos
sign-in-bearer = 전달자 토큰
sign-in-none = 자격 증명 없음

## Starting the desk

session-demo-failed = 데모 시뮬레이터를 시작하지 못했습니다: { $error }
session-worker-failed = 데스크의 백그라운드 작업을 시작하지 못했습니다: { $error }

## Saving files

export-dialog-failed = 파일 대화 상자를 열지 못했습니다: { $error }
export-write-failed = { $path }에 쓰지 못했습니다: { $error }

## 교육: 데모 모드와 교육장의 과정

training-button = 교육
training-button-hint = 이 데모 데스크에서 업무를 단계별로 익히는 과정 (F1)
training-title = 교육
training-intro = 각 과정은 데모를 준비하고 단계별로 안내합니다. 데스크에서 실제로 수행한 단계에는 체크 표시가 되고, 잘못된 조작은 막지 않고 기록합니다.
training-start = 시작
training-starting = 과정을 준비하는 중…
training-start-failed = 과정을 준비하지 못했습니다: { $error }
training-call-failed = 시뮬레이터가 과정의 요청을 받지 않았습니다: { $error }
training-busy = 먼저 데스크에서 진행 중인 작업을 마치거나 취소하세요.
training-stop = 과정 중지
training-steps-progress = { $total }단계 중 { $done }단계
training-step-done = 완료: { $step }
training-step-now = 지금: { $step }
training-your-request = 오늘의 카드 소지자: { $person }
training-card-label = 카드에 인쇄된 라벨: { $id }
training-mistakes-title = 기록된 실수
training-answer-right = 맞습니다.
training-answer-wrong = 정답이 아닙니다.
training-done-title = 과정 완료: { $lesson }
training-done-time = 소요 시간: { $minutes }분 { $seconds }초
training-done-steps = 완료한 단계: { $total }단계 중 { $done }단계
training-done-mistakes = { $count ->
    [0] 기록된 실수가 없습니다.
   *[other] 기록된 실수 { $count }건:
}
training-done-logged = 교육 기록에 저장했습니다.
training-done-log-failed = 교육 기록을 쓰지 못했습니다: { $error }
training-back = 과정 목록으로 돌아가기
training-again = 다시 해 보기
training-line-started = 교육: "{ $lesson }" 과정 시작
training-line-finished = 교육: "{ $lesson }" 과정 완료, { $total }단계 중 { $done }단계, 실수 { $mistakes }건 기록
training-server-back = 교육: 과정에서 서버의 REST API를 다시 사용하도록 설정했습니다. 목록을 새로 고치세요.
training-classroom-badge = 교육장
training-queue = 다음 대기자: { $people }
training-counter = 카드 소지자가 건넨 카드:
training-counter-card = 카드 { $number } 넣기
training-counter-card-hint = 선택한 리더에, 없으면 첫 번째 빈 리더에 들어갑니다. 리더에서 빼면 여기로 돌아옵니다.
training-no-empty-reader = 교육: 모든 리더에 카드가 있습니다. 먼저 하나를 빼세요.

training-lesson-first-enrollment = 첫 번째 등록
training-lesson-first-enrollment-intro = 카드 소지자가 새 카드를 들고 데스크 앞에 서 있습니다. 카드 소지자의 요청으로 카드를 발급하고 서버가 제안하는 PIN을 전달하세요.
training-lesson-card-without-id = ID 없는 카드
training-lesson-card-without-id-intro = 일부 카드에는 읽을 수 있는 카드 ID가 없습니다. 카드에 인쇄된 라벨을 보고 카드 ID를 직접 입력합니다.
training-lesson-server-says-no = 서버가 거부할 때
training-lesson-server-says-no-intro = CM 서버가 발급을 거부합니다(403 Forbidden). 카드 소지자에게 무엇이라고 말하고 누구에게 연락해야 하는지 배웁니다.
training-lesson-pulled-after-bind = 할당 후 카드를 뺐을 때
training-lesson-pulled-after-bind-intro = 데스크가 아직 작업 중인데 카드 소지자가 카드를 뺍니다. 카드는 할당되었고 발급이 멈춥니다. 같은 카드를 다시 넣고 다시 시도하세요.
training-lesson-cardholder-chooses = 카드 소지자가 PIN을 정할 때
training-lesson-cardholder-chooses-intro = 일부 프로필 템플릿에서는 서버가 PIN을 제안하지 않으며, 카드 소지자가 데스크에서 직접 PIN을 입력합니다.
training-lesson-server-down = 서버가 중단되었거나 REST API가 꺼져 있을 때
training-lesson-server-down-intro = 데스크가 요청을 불러올 수 없습니다. 데스크가 이를 어떻게 알리는지, 무엇을 확인해야 하는지 배웁니다.
training-lesson-forgot-pin = PIN을 잊은 카드 소지자
training-lesson-forgot-pin-intro = 카드 소지자가 다시 찾아왔습니다. PIN을 너무 여러 번 잘못 입력해 카드가 차단되었습니다. 이 카드에 대한 차단 해제 요청이 기다리고 있습니다. 정말 본인의 카드인지 확인하고, 차단을 해제한 뒤 새 PIN을 전달하세요.
training-lesson-enrollment-day = 발급의 날
training-lesson-enrollment-day-intro = 카드 소지자 세 명이 데스크 앞에 줄을 서 있고, 카드마다 키를 만드는 데 시간이 걸립니다. 앞 카드가 아직 작업 중일 때 다음 카드를 시작하고, 각 PIN을 한 번에 하나씩 맞는 사람에게 전달하세요.

training-step-choose-request = 표에서 카드 소지자의 요청을 찾아 선택하세요.
training-step-choose-request-why = 이름으로 검색하세요(Ctrl+F). 전체 이름과 부서를 확인하세요. 이름이 같은 다른 사람이 있을 수 있습니다.
training-step-insert-card = 카드를 넣으세요. 데모 리더 아래의 "카드 넣기"를 클릭하세요.
training-step-insert-card-why = 카드가 들어가면 데스크가 바로 카드 ID를 읽어 세부 정보 패널에 표시합니다.
training-step-insert-card-without-id = ID 없는 카드를 넣으세요. 데모 리더 아래의 "ID 없는 카드 넣기"를 클릭하세요.
training-step-insert-card-without-id-why = 데스크가 이 카드에서 ID를 읽을 수 없으므로 직접 입력하라고 요청합니다.
training-step-type-card-id = 카드 라벨에 적힌 카드 ID를 세부 정보 패널의 "카드 ID" 칸에 입력하세요.
training-step-type-card-id-why = 입력한 ID가 요청에 할당됩니다. ID가 틀리면 존재하지 않는 카드가 할당되므로 문자 그룹을 하나하나 확인하세요.
training-step-check-confirmation = "카드 발급…"을 클릭하고(또는 Enter 키) 확인 창의 내용을 읽으세요.
training-step-check-confirmation-why = 확인 창에는 사람, 리더, 카드가 표시됩니다. 확인하기 전에 눈앞의 사람과 일치하는지 대조하세요.
training-step-enroll = "발급"을 클릭해 확인하세요.
training-step-enroll-why = 서버가 이 요청에 카드를 기록하고 데스크가 카드에 키와 인증서를 넣습니다. 이제부터 이 카드는 이 카드 소지자의 것입니다.
training-step-read-pin = PIN 창이 열릴 때까지 기다린 뒤 카드 소지자에게 PIN을 소리 내어 읽어 주세요.
training-step-read-pin-why = PIN은 한 번만 표시됩니다. 묶음 단위로 끊어 읽고, 적어 두거나 복사하지 마세요.
training-step-hand-over = 카드 소지자가 PIN을 적어 두면 "PIN 전달 완료 — 닫기"를 클릭해 전달을 확인하세요.
training-step-hand-over-why = 확인하면 창이 닫히고 PIN은 영영 사라집니다. 먼저 카드 소지자에게 충분한 시간을 주세요.
training-step-refused = 카드를 발급하고 데스크에 표시되는 내용을 읽으세요.
training-step-refused-why = 403은 서버가 이 발급을 허용하지 않는다는 뜻입니다. 아무것도 할당되지 않았고 카드는 여전히 비어 있습니다.
training-step-quiz-forbidden = 답하세요: 카드 소지자에게 무엇이라고 말하겠습니까?
training-step-quiz-forbidden-why = 답한 내용이 곧 카드 소지자가 듣는 말입니다. 실제로 할 말을 고르세요.
training-step-pull-during-enrollment = 카드를 발급하고, 데스크에 "카드를 요청에 할당…"이 표시되는 동안 카드를 빼세요.
training-step-pull-during-enrollment-why = 이 과정의 서버는 연습할 수 있도록 느리게 응답합니다. 실제 데스크에서는 완료가 표시될 때까지 카드를 그대로 두세요.
training-step-stopped-bound = 데스크에 표시되는 내용을 읽으세요. 카드가 할당된 상태에서 발급이 멈췄습니다.
training-step-stopped-bound-why = 서버에서는 할당이 끝났습니다. 발급은 같은 카드로 이어지며, 다른 카드는 거부됩니다.
training-step-put-card-back = 같은 카드를 다시 넣고(리더 아래의 "카드 다시 넣기"), "다시 시도"를 클릭하세요.
training-step-put-card-back-why = 데스크는 요청이 이미 이 카드에 할당된 것을 알고 멈춘 곳부터 PIN까지 이어서 진행합니다.
training-step-cardholder-chooses = 카드를 발급하세요. 데스크가 카드 소지자의 PIN을 요청하면 화면을 카드 소지자 쪽으로 돌리세요.
training-step-cardholder-chooses-why = 서버가 PIN을 제안하지 않습니다. 프로필 템플릿에 따라 카드 소지자가 여기 데스크에서 PIN을 정합니다.
training-step-cardholder-sets-pin = 카드 소지자가 새 PIN을 두 번 입력하고 확인을 클릭하게 하세요.
training-step-cardholder-sets-pin-why = 이 PIN은 카드 소지자만 압니다. 보지 말고, 절대 대신 입력하지 마세요.
training-step-quiz-cardholder-chooses = 답하세요: 카드 소지자에게 무엇이라고 말하겠습니까?
training-step-quiz-cardholder-chooses-why = 카드 소지자는 본인만 아는 PIN을 가지고 돌아갑니다. PIN을 어떻게 지켜야 하는지 알아야 합니다.
training-step-refresh-list = 목록을 새로 고치세요(F5 또는 "요청 새로 고침").
training-step-refresh-list-why = 서버가 제대로 응답하지 않을 때 데스크가 무엇을 표시하는지 살펴보세요.
training-step-quiz-api-off = 답하세요: 무엇을 확인하거나 요청하겠습니까?
training-step-quiz-api-off-why = 메시지에 원인이 나와 있습니다. 해결은 알맞은 담당자가 합니다.
training-step-open-settings = "설정…"을 클릭해 설정을 열고 서버 주소를 확인하세요.
training-step-open-settings-why = 주소를 잘못 입력해도 서버가 꺼져 있을 때와 똑같이 보입니다. 이제 과정에서 REST API를 다시 켭니다.
training-step-refresh-again = 목록을 다시 새로 고치세요.
training-step-refresh-again-why = REST API가 다시 켜졌으므로 요청을 불러옵니다.
training-step-forgot-read-owner = 카드 소지자가 건넨 카드를 넣고(과정의 "카드 1 넣기") 세부 정보 패널에서 누구의 카드인지 읽으세요.
training-step-forgot-read-owner-why = 데스크는 읽은 카드마다 CM 서버에 누구의 카드인지, 상태와 미결 요청을 묻습니다.
training-step-quiz-not-their-card = 답하세요. 이 카드는 누구의 것이며, 어떻게 하겠습니까?
training-step-quiz-not-their-card-why = 소유자의 전체 이름을 지금 응대하는 카드 소지자와 비교하세요. 이 카드에는 미결 요청이 없으므로 데스크가 차단 해제를 제안하지 않습니다.
training-step-forgot-own-card = 그 카드를 빼고 카드 소지자 본인의 카드를 넣은 뒤("카드 2 넣기") 누구의 카드인지 읽으세요.
training-step-forgot-own-card-why = 본인의 카드에는 소지자의 이름, 카드 상태, 미결 차단 해제 요청이 표시됩니다.
training-step-forgot-pick-request = "이 카드에 대한 미결 요청" 아래의 차단 해제 요청을 클릭하세요.
training-step-forgot-pick-request-why = 카드 자체의 요청에서 고르면 바로 이 카드를 위해 만들어진 요청이 선택됩니다.
training-step-forgot-unblock = "이 카드 차단 해제…"를 클릭하고 "차단 해제"로 확인하세요.
training-step-forgot-unblock-why = 데스크가 카드 관리자 키로 PUK를 계산해 새 PIN을 설정하고 확인합니다. 카드의 인증서는 그대로 남습니다.
training-step-forgot-read-pin = PIN 창이 열릴 때까지 기다린 뒤 카드 소지자에게 새 PIN을 한 번 소리 내어 읽어 주세요.
training-step-forgot-read-pin-why = 새 PIN은 한 번만 표시됩니다. 끊어서 읽어 주고, 적거나 복사하지 마세요.
training-step-forgot-completed = 요청을 확인하세요. 완료됨 상태입니다.
training-step-forgot-completed-why = 데스크는 PIN을 보여 주기 전에 차단 해제 요청을 완료됨으로 표시했습니다. 카드는 새 PIN으로 다시 사용할 수 있습니다.
training-step-day-first-card = 키보드로 첫 번째 카드 소지자의 카드를 발급하세요. Ctrl+F로 이름을 찾고, Enter로 요청을 선택하고, 카드를 넣고, Enter를 누른 뒤 확인하세요.
training-step-day-first-card-why = 바쁜 날에는 키보드가 시간을 아껴 줍니다. 카드가 이제 키를 만들고 있으며, 목록 위의 "작업 중인 리더" 현황판에 진행 상황이 표시됩니다.
training-step-day-next-card = 첫 번째 카드가 아직 키를 만드는 동안 다른 리더에서 다음 카드 소지자의 카드를 시작하세요.
training-step-day-next-card-why = 리더마다 자신의 발급을 따로 진행합니다. 기다릴 필요가 없습니다. 느린 카드가 다른 카드를 붙잡지 않습니다.
training-step-day-every-card = 줄을 선 모든 카드 소지자의 카드를 시작하세요.
training-step-day-every-card-why = 현황판에는 리더마다 카드 소지자, 단계, 경과 시간이 표시됩니다. 실패한 카드는 이유를 알려 주고 "다시 시도"를 제안합니다.
training-step-day-pins-one-by-one = 각 PIN을 전달하세요. 창에 표시된 사람에게 읽어 주고, 적어 둘 때까지 기다린 뒤 확인하세요.
training-step-day-pins-one-by-one-why = PIN 창은 한 번에 하나만 화면에 나타나며, 다음 창은 "PIN 전달 완료 — 닫기" 뒤에 열립니다. 창의 이름과 리더를 확인해 맞는 사람이 맞는 PIN을 듣게 하세요.
training-step-day-all-completed = 요청을 확인하세요. 모두 완료됨 상태입니다.
training-step-day-all-completed-why = 각 카드의 요청은 PIN이 표시되기 전에 완료됨으로 표시되었습니다. 끝난 카드는 빼낼 때까지 현황판에 그렇게 표시됩니다.

training-mistake-wrong-request = 다른 사람의 요청으로 발급했습니다. 그 사람의 요청에 본인 것이 아닌 카드가 할당되었습니다. 카드를 해지할 수 있도록 즉시 CM 관리자에게 알리세요.
training-mistake-wrong-card-id = 입력한 카드 ID가 라벨에 적힌 ID와 다릅니다. 이제 서버는 존재하지 않는 카드를 기다립니다. CM 관리자가 요청을 초기화해야 합니다.
training-mistake-card-pulled-early = 데스크가 아직 카드로 작업하는 동안 카드를 뺐습니다. 완료가 표시될 때까지 카드를 그대로 두세요.
training-mistake-not-pulled-in-time = 카드를 빼기 전에 PIN이 나왔습니다. 이 과정에서는 데스크에 "카드를 요청에 할당…"이 표시되는 동안 카드를 빼야 합니다. "과정 중지"를 누르고 다시 시도하세요.
training-mistake-handed-over-too-soon = 몇 초 만에 전달을 확인했습니다. 카드 소지자가 PIN을 적어 두지 못했을 수 있으며, PIN은 다시 표시할 수 없습니다.
training-mistake-pin-timed-out = 전달하기 전에 PIN 창의 시간이 초과되었습니다. PIN은 사라졌습니다. 카드를 초기화하고 다시 등록해야 합니다.
training-mistake-wrong-answer = 질문에 처음에 틀리게 답했습니다. 각 선택지 아래에서 이유를 읽어 보세요.
training-mistake-wrong-card = 카드 소지자 본인의 것이 아닌 카드가 그 사람의 요청에 사용되었습니다. 즉시 CM 관리자에게 알리세요.

training-quiz-forbidden = 서버가 발급을 거부했습니다(403). 카드 소지자에게 무엇이라고 말하겠습니까?
training-quiz-forbidden-0 = "카드가 고장 났습니다. 새 카드를 드리겠습니다."
training-quiz-forbidden-0-why = 카드에는 문제가 없습니다. 서버가 거부했고 카드는 전혀 건드리지 않았습니다. 새 카드도 똑같이 거부됩니다.
training-quiz-forbidden-1 = "서버에서 아직 이 등록을 허용하지 않았습니다. 고객님이나 카드에는 아무 문제가 없습니다. CM 관리자에게 확인한 뒤 연락드리겠습니다."
training-quiz-forbidden-1-why = 맞습니다. 403은 서버의 권한 문제입니다(담당자인 내 권한 또는 요청의 상태). CM 관리자가 확인할 수 있습니다.
training-quiz-forbidden-2 = "몇 번 더 해 보겠습니다."
training-quiz-forbidden-2-why = 권한이 바뀔 때까지 서버는 매번 거부합니다. 다시 시도해도 감사 기록만 쌓입니다.
training-quiz-cardholder-chooses = 서버가 이 카드에 PIN을 제안하지 않습니다. 카드 소지자에게 무엇이라고 말하겠습니까?
training-quiz-cardholder-chooses-0 = "PIN을 바꾸기 전까지는 0000입니다."
training-quiz-cardholder-chooses-0-why = 서버에서 받은 PIN은 없으며, PIN을 절대 지어내지 마세요. 쉽게 짐작할 수 있는 PIN은 아무것도 보호하지 못합니다.
training-quiz-cardholder-chooses-1 = "내일 다시 오시면 PIN을 드리겠습니다."
training-quiz-cardholder-chooses-1-why = 이 카드에는 서버에서 PIN이 오지 않습니다. 프로필 템플릿이 PIN을 카드 소지자에게 맡깁니다.
training-quiz-cardholder-chooses-2 = "이 화면에 본인 PIN을 두 번 입력하세요. 본인만 아는 PIN을 고르시고, 절대 카드에 적지 마세요."
training-quiz-cardholder-chooses-2-why = 맞습니다. 이 프로필 템플릿에서는 카드 소지자가 여기 데스크에서 PIN을 정합니다.
training-quiz-api-off = 모든 주소가 404로 응답합니다. 무엇을 확인하거나 요청하겠습니까?
training-quiz-api-off-0 = 설정에서 서버 주소를 확인한 뒤 CM 관리자에게 CM REST API를 사용하도록 설정해 달라고 요청합니다.
training-quiz-api-off-0-why = 맞습니다. CM 서버는 REST API가 꺼져 있는 동안 모든 주소에 404로 응답하며, 주소가 틀려도 똑같이 보입니다.
training-quiz-api-off-1 = enroll-desk를 다시 설치합니다.
training-quiz-api-off-1-why = 데스크에는 문제가 없습니다. 웹 서버에 연결했고 그 서버의 응답을 알려 준 것입니다.
training-quiz-api-off-2 = 카드 소지자에게 다른 카드를 달라고 합니다.
training-quiz-api-off-2-why = 아직 카드와는 상관이 없습니다. 데스크가 요청 목록조차 불러오지 못합니다.
training-quiz-not-their-card = 데스크에 따르면 이 카드는 다른 사람의 것이고 미결 요청도 없습니다. 어떻게 하겠습니까?
training-quiz-not-their-card-0 = "카드 소지자가 여기 있으니 그래도 차단을 해제하겠습니다."
training-quiz-not-their-card-0-why = 본인의 카드가 아니며, 데스크도 이 카드에 차단 해제를 제안하지 않습니다. 차단 해제 요청은 카드 소지자 본인의 카드를 위한 것입니다.
training-quiz-not-their-card-1 = "이 카드는 고객님의 카드가 아닙니다. 본인 카드를 가지고 계신가요?"라고 말하고 카드를 돌려준다.
training-quiz-not-their-card-1-why = 맞습니다. 차단 해제는 요청에 지정된 카드에만 할 수 있습니다. 동료의 카드와 뒤바뀌는 일이 있으니 패널의 소유자 이름으로 확인하세요.
training-quiz-not-their-card-2 = 대신 카드 소지자에게 새 카드를 발급한다.
training-quiz-not-their-card-2-why = 새 카드에는 별도의 승인된 요청이 필요하고, 차단된 카드는 계속 차단된 채로 남습니다. 차단 해제 요청은 본인의 카드를 기다리고 있습니다.

## `enroll-desk sim --classroom`의 강사 콘솔

classroom-trainer-key = 교육장 보고서용 강사 키(다른 사람에게 알리지 마세요): { $key }
classroom-desk-joined = 데스크 "{ $desk }"이(가) 교육장에 참가했습니다({ $max }자리 중 { $count }자리 사용 중).
classroom-desk-left-idle = 데스크 "{ $desk }"이(가) { $hours }시간 동안 요청이 없어 자리를 내놓았습니다.
classroom-full = 교육장이 가득 찼습니다(데스크 { $max }대). 참가하려던 데스크를 거절했습니다. 더 받으려면 더 큰 --max-desks로 시뮬레이터를 시작하세요.

## 사이트 설정: IT가 설치하는 컴퓨터 전체 파일(site.toml)

site-broken-at-line = 사이트 설정 파일 { $path }의 { $line }번째 줄({ $text })에 오류가 있습니다: { $problem }. IT 부서가 고칠 때까지 데스크는 어떤 서버에도 연결하지 않습니다.
site-broken = 사이트 설정 파일 { $path }을(를) 사용할 수 없습니다: { $problem }. IT 부서가 고칠 때까지 데스크는 어떤 서버에도 연결하지 않습니다.
site-problem-unreadable = 파일을 읽을 수 없습니다({ $detail })
site-problem-syntax = { $detail }
site-problem-not-one-of = { $key } = "{ $value }"은(는) 다음 값 중 하나가 아닙니다: { $allowed }
site-problem-bad-server = server = "{ $value }"은(는) 데스크가 사용할 수 있는 주소가 아닙니다: { $reason }
site-problem-relative-path = { $key } = "{ $value }"은(는) 전체 경로여야 합니다
site-problem-no-machine-folder = Windows가 ProgramData 폴더의 위치를 알려 주지 않습니다({ $detail })
site-setting-server = CM 서버
site-setting-sign-in = 로그인 방법
site-setting-ca-file = CA 인증서 파일
site-setting-challenge = 챌린지
site-locked-flag-or-env = { $setting }은(는) IT 부서가 정했으므로({ $value }, { $path }) { $flag }(으)로 바꿀 수 없습니다. { $flag }와(과) 환경 변수 { $env }을(를) 빼세요.
site-locked-flag = { $setting }은(는) IT 부서가 정했으므로({ $value }, { $path }) { $flag }(으)로 바꿀 수 없습니다. { $flag }을(를) 빼세요.
site-demo-off = 이 컴퓨터에서는 IT 부서가 데모 모드와 교육을 꺼 두었습니다({ $path }). CM 서버로 작업하세요. 서버가 설정되어 있지 않으면 IT 부서에 주소를 문의하세요.
settings-locked-by-site = IT 부서가 설정함
settings-locked-by-site-hint = { $path }에 있으며 관리자만 바꿀 수 있습니다.

## 이 데스크 점검(enroll-desk doctor, 상태 표시줄의 창)

doctor-button = 데스크 점검…
doctor-button-hint = 스마트 카드 서비스, 리더, 서버, 인증서, 로그인, 시계, 설정, 감사 기록을 점검합니다
doctor-title = 이 데스크 점검
doctor-running = 점검 중…
doctor-run-again = 다시 점검
doctor-close = 닫기
doctor-outcome-pass = 정상
doctor-outcome-fail = 실패
doctor-outcome-skipped = 점검 안 함
doctor-line = { $mark } { $title }: { $detail }
doctor-line-fix = { $mark } { $title }: { $detail } → { $fix }
doctor-all-passed = 점검 { $count }개를 모두 통과했습니다.
doctor-some-failed = 점검 { $count }개 중 { $failed }개가 실패했습니다.
doctor-site-title = 사이트 설정
doctor-site-absent = 없음({ $path }이(가) 없음): 모든 설정은 사용자가 정합니다
doctor-site-read = { $path }을(를) 읽었습니다. 정하는 항목: { $settings }
doctor-site-fix = IT 부서에 파일을 고쳐 달라고 요청하세요.
doctor-site-writable = { $path }을(를) 사용자가 바꿀 수 있으므로 아무것도 고정하지 못합니다. 관리자만 쓸 수 있어야 합니다
doctor-site-writable-fix = IT 부서에 이 파일을 관리자만 쓸 수 있게 해 달라고 요청하세요.
doctor-settings-title = 내 설정
doctor-settings-no-desk = 점검 안 함: 이 enroll-desk는 데스크 창 없이 빌드되었습니다
doctor-settings-none-yet = 아직 없음({ $path }): 데스크가 기본값으로 시작합니다
doctor-settings-read = { $path }을(를) 읽었습니다
doctor-settings-unreadable = { $path }을(를) 읽을 수 없습니다({ $detail }). 대신 데스크가 기본값으로 시작합니다
doctor-settings-fix = 설정을 열고 적용하면 파일을 새로 씁니다. 또는 파일을 다른 곳으로 옮기세요.
doctor-audit-title = 감사 기록
doctor-audit-nowhere = 이 컴퓨터에는 감사 기록을 둘 폴더가 없어(홈 폴더 없음) 데스크가 감사 기록을 남기지 않습니다
doctor-audit-writable = { $dir }에 기록할 수 있습니다
doctor-audit-not-writable = { $dir }에 기록할 수 없습니다({ $detail })
doctor-audit-fix = IT 부서에 이 폴더의 쓰기 권한을 달라고 하거나, 사이트 설정에 audit_dir을 정해 달라고 요청하세요.
doctor-pcsc-title = 스마트 카드 서비스
doctor-pcsc-running = 실행 중
doctor-readers-title = 리더와 카드
doctor-skipped-no-service = 점검 안 함: 스마트 카드 서비스가 실행 중이 아닙니다
doctor-no-reader = 연결된 스마트 카드 리더가 없습니다
doctor-no-reader-fix = 리더를 연결하세요. 이미 연결되어 있으면 뽑았다가 다시 연결하세요.
doctor-no-card = 카드가 들어 있는 리더가 없습니다(리더 { $count }대)
doctor-no-card-fix = 리더가 카드를 인식하는지 확인하려면 카드를 넣으세요.
doctor-card-in-reader = { $reader }에 카드 있음(ATR { $atr })
doctor-readers-found = 리더 { $count }대; { $cards }
doctor-address-title = 서버 주소
doctor-server-demo = 점검 안 함: 데스크가 자체 시뮬레이션 서버를 쓰는 데모 모드입니다
doctor-server-blocked = 점검 안 함: 먼저 사이트 설정 파일을 고쳐야 합니다
doctor-server-not-set = 설정된 CM 서버가 없습니다
doctor-server-not-set-fix = 설정에서 서버를 입력하거나 IT 부서에 문의하세요.
doctor-skipped-no-server = 점검 안 함: 서버를 찾을 수 없습니다
doctor-address-found = { $host }의 주소는 { $address }입니다
doctor-address-unknown = { $host }을(를) 찾을 수 없습니다({ $detail })
doctor-address-fix = 설정에서 서버 이름을 확인하고, 이 컴퓨터의 네트워크 연결(및 VPN)을 확인하세요.
doctor-answers-title = 서버 응답
doctor-answers-status = 서버가 응답합니다(HTTP { $status })
doctor-answers-handshake = 서버가 응답하지만 보안 연결에 실패했습니다(아래 참조)
doctor-skipped-no-answer = 점검 안 함: 서버가 응답하지 않습니다
doctor-tls-title = 보안 연결
doctor-tls-trusted = 서버 인증서가 유효하고 신뢰할 수 있습니다
doctor-tls-loopback = 이 컴퓨터로의 일반 http: 인증서가 필요 없습니다
doctor-tls-failed = { $detail }
doctor-tls-fix = 조직에서 자체 CA를 쓴다면 설정(CA 인증서 파일)에서 그 인증서를 선택하거나 IT 부서에 설정을 요청하세요. 그렇지 않으면 CM 관리자에게 알리세요.
doctor-skipped-no-trust = 점검 안 함: 서버와의 연결을 신뢰할 수 없습니다
doctor-sign-in-title = 로그인
doctor-sign-in-failed = { $method }(으)로 로그인하지 못했습니다: { $error }
doctor-signed-in-kerberos = Kerberos로 { $account }(으)로 로그인됨
doctor-signed-in-ntlm = NTLM으로 { $account }(으)로 로그인됨
doctor-signed-in-bearer-as = 전달자 토큰으로 { $account }(으)로 로그인됨
doctor-signed-in-bearer = 전달자 토큰으로 로그인됨
doctor-signed-in-anonymous = 서버가 누구인지 묻지 않고 데스크를 들여보냈습니다({ $method })
doctor-clock-title = 시계
doctor-clock-unknown = 점검 안 함: 서버가 시각을 알려 주지 않았습니다
doctor-clock-ok = 서버 시계와 { $seconds }초 차이
doctor-clock-ahead = 이 컴퓨터의 시계가 서버보다 { $minutes }분 빠릅니다. Kerberos는 5분까지 허용합니다
doctor-clock-behind = 이 컴퓨터의 시계가 서버보다 { $minutes }분 느립니다. Kerberos는 5분까지 허용합니다
doctor-clock-fix = 이 컴퓨터의 날짜, 시각, 시간대를 바로잡거나 자동으로 맞추도록 한 뒤 다시 시도하세요.
