#include "ClaimLink.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace billing {
namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(billing::ClaimLink)
};

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
           && (url.scheme() == u"https" || url.scheme() == u"http");
}

QString trimmedPath(const QUrl &url)
{
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    return path;
}

int effectivePort(const QUrl &url)
{
    return url.port(url.scheme() == u"https" ? 443 : 80);
}
} // namespace

bool ClaimLink::looksLikeLink(const QString &text)
{
    return text.trimmed().startsWith(kScheme + u':', Qt::CaseInsensitive);
}

ClaimLink ClaimLink::parse(const QString &text)
{
    ClaimLink link;
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().compare(kScheme, Qt::CaseInsensitive) != 0) {
        link.error = Error::NotALink;
        return link;
    }
    // billingdesk://claim?… (host) and billingdesk:claim?… (path) name the same action.
    const QString action = url.host().isEmpty() ? trimmedPath(url) : url.host() + url.path();
    if (action.compare(u"claim", Qt::CaseInsensitive) != 0
        && action.compare(u"claim/", Qt::CaseInsensitive) != 0) {
        link.error = Error::UnknownAction;
        return link;
    }
    const QUrlQuery query(url);
    link.server =
        QUrl(query.queryItemValue(QStringLiteral("server"), QUrl::FullyDecoded), QUrl::StrictMode);
    if (!isWebUrl(link.server) || !link.server.userInfo().isEmpty()) {
        link.error = Error::BadServer;
        return link;
    }
    link.code = ClaimCode::parse(query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
    if (!link.code.ok())
        link.error = Error::BadCode;
    return link;
}

bool ClaimLink::sameServer(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
           && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && effectivePort(a) == effectivePort(b) && trimmedPath(a) == trimmedPath(b);
}

bool ClaimLink::isFor(const QUrl &signedInServer) const
{
    return sameServer(server, signedInServer);
}

QString ClaimLink::message() const
{
    switch (error) {
    case Error::None:
        return {};
    case Error::NotALink:
        return Text::tr("This is not a Billing Desk link (billingdesk://claim?…).");
    case Error::UnknownAction:
        return Text::tr("This Billing Desk link asks for something this version does not "
                        "know. Only claim links (billingdesk://claim?…) are supported.");
    case Error::BadServer:
        return Text::tr("The link does not name a valid Billing Center address. Copy the "
                        "claim code from the marketplace page and paste it into Workspace → "
                        "Bind marketplace subscription… instead.");
    case Error::BadCode:
        return Text::tr("The link's claim code is not valid: %1").arg(code.message());
    }
    return {};
}

} // namespace billing
