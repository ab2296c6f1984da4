#pragma once

#include "HttpResponse.h"

namespace billing::server {

class Router;
class SqliteMeteringRecords;
struct RequestContext;

// GET /api/v1/marketplace/aliyun/metering?instanceId=&month=: the metering records of the
// instances that paid for the caller's workspaces, with where each push stands.
class MeteringHandlers
{
public:
    explicit MeteringHandlers(SqliteMeteringRecords &records);
    void registerRoutes(Router &router);

private:
    HttpResponse list(const RequestContext &context);

    SqliteMeteringRecords &m_records;
};

} // namespace billing::server
