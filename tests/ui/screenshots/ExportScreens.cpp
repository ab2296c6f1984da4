#include "ScreenCatalog.h"

namespace billing::test {

void addExportScreens(ScreenCatalog &)
{
}

} // namespace billing::test
