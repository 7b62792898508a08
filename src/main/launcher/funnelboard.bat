@echo off
rem Funnelboard launcher for Windows. Without a command it opens the desktop app; with one
rem (funnelboard --help lists them) it runs that command and exits with its code.
rem Java: %FUNNELBOARD_JAVA_HOME%, else %JAVA_HOME%, else java on PATH; it must be Java ${java.required}+.
rem Extra JVM options go in %FUNNELBOARD_OPTS%.
setlocal
set "APP_HOME=%~dp0.."

set "JAVA_EXE=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if defined FUNNELBOARD_JAVA_HOME if exist "%FUNNELBOARD_JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%FUNNELBOARD_JAVA_HOME%\bin\java.exe"

rem The runtime's feature release, as the sh launcher checks it: java.specification.version.
set "JAVA_FEATURE="
for /f "tokens=2 delims==" %%v in ('""%JAVA_EXE%" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version""') do set "JAVA_FEATURE=%%v"
if defined JAVA_FEATURE set "JAVA_FEATURE=%JAVA_FEATURE: =%"
if not defined JAVA_FEATURE goto nojava
if %JAVA_FEATURE% LSS ${java.required} goto nojava
goto run

:nojava
echo Funnelboard needs Java ${java.required} or newer and found none; install one, or set FUNNELBOARD_JAVA_HOME to its folder. 1>&2
exit /b 4

:run

"%JAVA_EXE%" ${app.jvmOptions} -Xshare:auto "-Dorg.sqlite.lib.path=%APP_HOME%\lib\native" %FUNNELBOARD_OPTS% --module-path "%APP_HOME%\lib\javafx" --add-modules javafx.controls -cp "%APP_HOME%\lib\*" ${app.mainClass} %*
exit /b %ERRORLEVEL%
