#pragma once

#include <QDialog>

namespace charthouse {

// About Charthouse: the version and build, what it is, and the libraries it stands on with their licences.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace charthouse
