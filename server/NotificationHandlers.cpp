#include "NotificationHandlers.h"

#include "MailStore.h"
#include "Paging.h"
#include "Router.h"

namespace billing::server {

NotificationHandlers::NotificationHandlers(MailStore &mails)
    : m_mails(mails)
{}

void NotificationHandlers::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/notifications"), {Auth::Bearer, false},
               [this](RequestContext &context) {
                   FieldErrors errors;
                   const PageRequest page = PageRequest::fromQuery(context.request, errors);
                   if (!errors.isEmpty())
                       return HttpResponse::error(FieldReader::validationError(errors));
                   const QString accountId = context.account().id;
                   QList<MailMessage> mails =
                       m_mails.listForAccount(accountId, page.cursorSeq, page.limit + 1);
                   qint64 nextSeq = 0;
                   if (mails.size() > page.limit) {
                       mails.resize(page.limit);
                       nextSeq = mails.constLast().seq;
                   }
                   QJsonArray items;
                   for (const MailMessage &mail : std::as_const(mails))
                       items.append(toJson(mail));
                   return HttpResponse::rawJson(
                       200, pageJson(items, nextSeq, m_mails.countForAccount(accountId)));
               });
}

} // namespace billing::server
