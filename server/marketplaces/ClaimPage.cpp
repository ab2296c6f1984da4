#include "ClaimPage.h"

#include "ClaimCodes.h"

namespace billing::server::ClaimPage {
namespace {
HttpResponse page(int status, const QString &title, const QString &body)
{
    HttpResponse response;
    response.status = status;
    response.body =
        QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                       "<title>%1</title></head>\n<body style=\"font-family:"
                       "sans-serif;max-width:40em;margin:3em auto\">\n%2</body></html>\n")
            .arg(title.toHtmlEscaped(), body)
            .toUtf8();
    response.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8")});
    // The code is a credential for 30 minutes: no cache may keep the page.
    response.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    response.headers.append(
        {QByteArrayLiteral("Content-Security-Policy"), QByteArrayLiteral("default-src 'none'")});
    return response;
}
} // namespace

HttpResponse success(const QString &marketplaceName, const QString &subscriptionId,
                     const QString &code, const QString &link)
{
    const QString minutes = QString::number(ClaimCodes::kLifetimeSeconds / 60);
    const QString body =
        QStringLiteral(
            "<h1>%1 subscription received / 已收到 %1 订阅</h1>\n"
            "<p>Subscription <code>%2</code>. To pay for workspaces with it, open Billing Desk "
            "and bind it to your account:</p>\n"
            "<p style=\"font-size:2em;letter-spacing:0.1em\"><strong id=\"claim-code\">%3"
            "</strong></p>\n"
            "<p><a id=\"claim-link\" href=\"%4\">Open in Billing Desk / 在 Billing Desk 中打开</a>"
            "</p>\n"
            "<p>Or choose <em>Workspace → Bind marketplace subscription…</em> and type the code. "
            "It works once, for %5 minutes.</p>\n"
            "<p>或在 Billing Desk 中选择“工作空间 → "
            "绑定云市场订阅…”并输入此代码。代码只能使用一次，"
            "%5 分钟内有效。</p>\n")
            .arg(marketplaceName.toHtmlEscaped(), subscriptionId.toHtmlEscaped(),
                 code.toHtmlEscaped(), link.toHtmlEscaped(), minutes);
    return page(200, marketplaceName + QStringLiteral(" subscription"), body);
}

HttpResponse failure(int status, const QString &marketplaceName, const QString &reason)
{
    const QString body =
        QStringLiteral("<h1>%1: nothing was set up / 未能完成设置</h1>\n<p id=\"reason\">%2</p>\n"
                       "<p>Go back to %1 and open the product again; if it keeps failing, "
                       "contact support. 请返回 %1 重新打开产品；如仍失败，请联系技术支持。</p>\n")
            .arg(marketplaceName.toHtmlEscaped(), reason.toHtmlEscaped());
    return page(status, marketplaceName, body);
}

} // namespace billing::server::ClaimPage
