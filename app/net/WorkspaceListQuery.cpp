#include "WorkspaceListQuery.h"

namespace billing {

QUrlQuery WorkspaceListQuery::toQuery() const
{
    QUrlQuery query;
    for (const auto &[key, value] : {std::pair{u"site", &site},
                                     {u"method", &method},
                                     {u"status", &status},
                                     {u"q", &nameContains},
                                     {u"changedSince", &changedSince}}) {
        if (!value->isEmpty())
            query.addQueryItem(QString::fromUtf16(key), *value);
    }
    return query;
}

} // namespace billing
