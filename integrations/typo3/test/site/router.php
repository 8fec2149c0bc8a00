<?php

declare(strict_types=1);

// Router for PHP's built-in server (`php -S … router.php`), copied into the test site's public/ by run.mjs:
// existing files are served as they are, everything else goes to TYPO3's index.php (frontend and /typo3/).
$path = (string)parse_url($_SERVER['REQUEST_URI'] ?? '/', PHP_URL_PATH);
if ($path !== '/' && !str_contains($path, '..') && is_file(__DIR__ . $path)) {
    return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = __DIR__ . '/index.php';
require __DIR__ . '/index.php';
