#pragma once

#include <QTableView>

// The request log's table as the window shows it: newest first (sorted by Time, descending, until a
// header is clicked), whole rows selected, RequestLogDelegate's cells, no row numbers, Path stretching
// over what the other columns leave (MainWindow::fitLogColumns() sizes those to their content), and a
// right-click menu on the header to show or hide columns (Method and the body sizes hidden at first).
// The model is RequestLogModel, or a proxy over it (RequestLogProxy). While calls stream in, its vertical
// scroll bar repaints only when its handle or arrows change, not each time the row count does.
class RequestLogView : public QTableView
{
    Q_OBJECT

public:
    explicit RequestLogView(QWidget *parent = nullptr);

    // Also builds the header's column toggles (actions named "logColumnAction<column>") from the
    // model's header titles, the first time.
    void setModel(QAbstractItemModel *model) override;

    // Columns shown until the user shows or hides them.
    static bool shownAtFirst(int column);

    // RequestLogModel::setUpdateInterval() for the window: a burst's new rows and final rows are shown
    // together at most once a frame (60 Hz), so that the table is laid out and painted once a frame, not
    // once a call.
    static constexpr int ModelUpdateIntervalMs = 16;

protected:
    // Ctrl+Tab and Ctrl+Shift+Tab leave the table as well, as they leave text fields.
    void keyPressEvent(QKeyEvent *event) override;
};
