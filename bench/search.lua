-- wrk script for bench/server.sh: GET /search with a few fixed queries in turn (percent-encoded
-- UTF-8), then one line: req/s, p50, p95, p99 (ms).
local queries = {
  "/search?q=%E4%B8%89%E5%85%AC",                                   -- 三公
  "/search?q=%E5%9F%8E%E4%B9%A1%E7%A4%BE%E5%8C%BA%E7%8E%AF%E5%A2%83%E5%8D%AB%E7%94%9F", -- 城乡社区环境卫生
  "/search?q=%E4%B8%B4%E6%97%B6%E4%BA%BA%E5%91%98%E5%B7%A5%E8%B5%84", -- 临时人员工资
  "/search?q=%E6%95%99%E8%82%B2%E5%B1%80+%E9%A1%B9%E7%9B%AE",         -- 教育局 项目
  "/search?q=%E6%9C%BA%E5%85%B3%E8%BF%90%E8%A1%8C%E7%BB%8F%E8%B4%B9&page=3", -- 机关运行经费, page 3
}
local i = 0
request = function()
  i = i % #queries + 1
  return wrk.format("GET", queries[i])
end
done = function(summary, latency, requests)
  local secs = summary.duration / 1e6
  io.write(string.format("%8.0f req/s   p50 %.2fms   p95 %.2fms   p99 %.2fms   (%d requests, %d errors)\n",
    summary.requests / secs, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end
