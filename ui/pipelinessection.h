#pragma once

#include "diagnosis.h"

#include <QGroupBox>

class ConsoleSession;
class QLabel;
class QToolButton;
struct Workspace;

// The Data and Privacy panel's Pipelines section: the Data Pipelines host of the selected workspace's
// region with Copy (the button confirms "Copied"), each of its Pipelines sources with the region it sends
// to and on what basis ("detected", "from account X (workspace "Y")", "chosen, not verified", or not known:
// nothing is sent), and the findings where a source's chosen region disagrees with its account's detected
// region (diagnosis "pipelines_source_region_disagreement"). Follows the session; holds no key.
class PipelinesSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit PipelinesSection(QWidget *parent = nullptr);

    void follow(ConsoleSession *session);
    // Shows the session's selected workspace as it is now (nothing selected: the section hides).
    void refresh();

    // The findings this section shows, which the panel's own list leaves out.
    static bool isPipelinesFinding(const Diagnosis &diagnosis);

private:
    QLabel *label(const QString &objectName, const QString &accessibleName);

    ConsoleSession *m_session = nullptr;
    QLabel *m_host;
    QToolButton *m_copy;
    QLabel *m_sources;
    QLabel *m_diagnosis;
};
