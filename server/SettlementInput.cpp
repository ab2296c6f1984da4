#include "SettlementInput.h"

namespace billing::server::SettlementInput {
namespace {
QString methodReason()
{
    QStringList names;
    for (SettlementMethod method : allSettlementMethods())
        names.append(toWire(method));
    return u"Must be one of " + names.join(u", ") + u'.';
}

// Whether the binding field reads for `method`; reasons go to the reader.
bool checkBindingField(FieldReader &reader, SettlementBinding::Field field,
                       std::optional<SettlementMethod> method)
{
    const char *key = SettlementBinding::wireKey(field).data();
    if (!method) {
        reader.string(key, false); // still report a wrong type
        return false;
    }
    if (!SettlementBinding::fieldsOf(*method).contains(field)) {
        if (!reader.has(key))
            return true;
        reader.fail(key, QStringLiteral("Not a field of method %1.").arg(toWire(*method)));
        return false;
    }
    const auto text = reader.string(key);
    if (!text)
        return false;
    const IdParseResult parsed = SettlementBinding::parse(*method, field, *text);
    if (!parsed.ok())
        reader.fail(key, parsed.message());
    return parsed.ok();
}

bool checkExpectedVersion(FieldReader &reader)
{
    const bool present = reader.has("expectedVersion");
    const auto version = reader.integer("expectedVersion", false);
    if (present && !version)
        return false;
    if (version && *version < 0) {
        reader.fail("expectedVersion", QStringLiteral("Must not be negative."));
        return false;
    }
    return true;
}
} // namespace

std::optional<SettlementChange> read(FieldReader &reader, bool withExpectedVersion)
{
    std::optional<SettlementMethod> method;
    if (const auto methodName = reader.string("method")) {
        method = settlementMethodFromWire(*methodName);
        if (!method)
            reader.fail("method", methodReason());
    }
    bool ok = method.has_value();
    for (SettlementBinding::Field field : SettlementBinding::allFields())
        ok = checkBindingField(reader, field, method) && ok;
    if (withExpectedVersion)
        ok = checkExpectedVersion(reader) && ok;
    if (!ok)
        return std::nullopt;
    return SettlementChange::fromJson(reader.json());
}

} // namespace billing::server::SettlementInput
