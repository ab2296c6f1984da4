#include "ScreenCatalog.h"

namespace billing::test {

void addMainWindowScreens(ScreenCatalog &)
{
}

} // namespace billing::test
