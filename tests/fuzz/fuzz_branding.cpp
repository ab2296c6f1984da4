// The white-label file (<AppConfigLocation>/branding.json) over the built-in branding.
#include "FuzzSupport.h"

#include <Branding.h>

using namespace billing;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::silenceQtLogging();
    static const Branding base = Branding::builtIn();
    QString error;
    const auto branding = Branding::fromJson(fuzz::bytes(data, size), base, &error);
    fuzz::require(branding.has_value() || !error.isEmpty());
    if (branding) {
        // Every string the UI shows with it must be usable: a name and valid addresses.
        fuzz::require(!branding->brandName.trimmed().isEmpty());
        fuzz::require(branding->billingCenterUrl.isValid() && branding->termsUrl.isValid()
                      && branding->marketplaceProductUrl.isValid());
    }
    return 0;
}
