#include "ScreenCatalog.h"

namespace billing::test {

void addPreferencesScreens(ScreenCatalog &)
{
}

} // namespace billing::test
