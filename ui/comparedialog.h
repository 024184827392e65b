#pragma once

#include "requestrecord.h"

#include <QDialog>

// Compare: two calls of the log side by side (CallDiff::compare()), one row per field, header field and
// body line, the rows that differ marked (bold, tinted, "≠"). Read-only.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    CompareDialog(const RequestRecord &left, const RequestRecord &right, QWidget *parent = nullptr);
};
