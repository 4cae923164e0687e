-- wrk script for bench/search-http.sh: rotates a handful of directory searches (plain words, a
-- synonym, a typo, text with filters, filters only) and sends the bearer token from $TOKEN.
local token = os.getenv("TOKEN")
local queries = {
  "q=accounting",
  "q=marketing%20strategy",
  "q=bookkeeping",
  "q=acounting",
  "q=pricing&industry=Retail&language=en",
  "q=hiring&country=US",
  "country=GB",
  "expertise=Cash%20flow",
}
local i = 0

request = function()
  i = i % #queries + 1
  return wrk.format("GET", "/mentorhub/api/v1/mentors/search?" .. queries[i],
    { ["Authorization"] = "Bearer " .. token })
end
