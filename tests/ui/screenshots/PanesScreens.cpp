#include "ScreenCatalog.h"

namespace billing::test {

void addPanesScreens(ScreenCatalog &)
{
}

} // namespace billing::test
