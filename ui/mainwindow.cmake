target_sources(spinereview_ui PRIVATE
    mainwindow.h mainwindow.cpp
    sectionlist.h sectionlist.cpp
    document/fileactions.h document/fileactions.cpp
)
