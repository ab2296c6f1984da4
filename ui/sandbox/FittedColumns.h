#pragma once

class QTableView;

namespace billing {

// The columns of a table whose rows arrive after it is shown (a console's answers) fitted
// to their contents again on every change; the last column takes the rest. QHeaderView's
// ResizeToContents measures only when the header is laid out, not when rows come in.
void keepColumnsFitted(QTableView &table);

} // namespace billing
