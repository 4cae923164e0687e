# Sourced by script/server and script/cluster: mentorhub_ready PORT succeeds once the Mentor Hub
# on 127.0.0.1:PORT can serve requests.
#
# Payara prints its own "ready" line even when the WAR failed to deploy, and answers
# /health/ready UP with no checks before the WAR is deployed, so ours must be among them. It is
# also UP a moment before the REST API answers (Payara's own HTML pages until then), so the API
# must answer an anonymous call itself: a 401 as problem+json.
mentorhub_ready() {
  local answer
  { exec 3<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 1
  printf 'GET /health/ready HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
  answer=$(cat <&3)
  exec 3>&-
  [[ $answer == *" 200 "* && $answer == *'"search-index"'* ]] || return 1
  { exec 3<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 1
  printf 'GET /mentorhub/api/v1/me HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
  answer=$(cat <&3)
  exec 3>&-
  [[ $answer == *" 401 "* && $answer == *"application/problem+json"* ]]
}
