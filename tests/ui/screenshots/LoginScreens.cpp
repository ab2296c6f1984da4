#include "ScreenCatalog.h"

namespace billing::test {

void addLoginScreens(ScreenCatalog &)
{
}

} // namespace billing::test
