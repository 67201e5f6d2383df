@echo off
rem Annalist launcher (Windows): builds the program when needed with the Maven Wrapper, then runs it.
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\annalist.jar"
if not exist "%JAR%" goto build
if not exist "%HERE%target\lib" goto build
goto run
:build
echo Building Annalist (the first build downloads its libraries)... 1>&2
call "%HERE%mvnw.cmd" -q -B -DskipTests package 1>&2
if errorlevel 1 exit /b 1
:run
set "JAVA_CMD=java"
if defined JAVA_HOME set "JAVA_CMD=%JAVA_HOME%\bin\java"
rem No arguments or "desktop": the desktop program, its heap capped at 1 GB and given back when idle; any other
rem command is a short batch job.
set "BATCH_OPTS=-Xmx1g -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:G1PeriodicGCInterval=30000"
if not "%~1"=="" if /i not "%~1"=="desktop" set "BATCH_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn640m -Xlog:gc+ergo=error"
"%JAVA_CMD%" %BATCH_OPTS% %ANNALIST_JAVA_OPTS% -Dannalist.home="%HERE%." -jar "%JAR%" %*
exit /b %ERRORLEVEL%
