#include "ScreenCatalog.h"

namespace billing::test {

void addSettlementDialogScreens(ScreenCatalog &)
{
}

} // namespace billing::test
