<?php

/**
 * @file
 * Test helper: runs one command inside a bootstrapped Drupal (no drush on the Packagist copy).
 *
 * Usage: php drupal.php WEB_ROOT COMMAND [ARG...]; prints one JSON value.
 *   enable MODULE...          install modules (setup only; the module under test is enabled
 *                             through the UI by the runner)
 *   block-cache BLOCK_ID      render a placed block; its cache contexts, tags and max-age
 *   config-get NAME KEY       a config value
 *   schema-check NAME...      config objects checked against their schema
 *   dutch-site                Dutch as the default language, English under /en
 */

declare(strict_types=1);

use Drupal\Core\DrupalKernel;
use Drupal\Core\Render\BubbleableMetadata;
use Symfony\Component\HttpFoundation\Request;

[, $root, $command] = $argv + [NULL, NULL, NULL];
$args = array_slice($argv, 3);
if (!is_string($root) || !is_file($root . '/autoload.php') || !is_string($command)) {
  fwrite(STDERR, "usage: php drupal.php WEB_ROOT COMMAND [ARG...]\n");
  exit(2);
}
chdir($root);
$autoloader = require $root . '/autoload.php';
$request = Request::create('http://localhost/', 'GET', [], [], [], [
  'SCRIPT_NAME' => '/index.php',
  'SCRIPT_FILENAME' => $root . '/index.php',
]);
$kernel = DrupalKernel::createFromRequest($request, $autoloader, 'prod');
$kernel->boot();
$kernel->preHandle($request);
\Drupal::requestStack()->push($request);

$result = match ($command) {
  'enable' => \Drupal::service('module_installer')->install($args),
  'block-cache' => (function (string $id): array {
    $block = \Drupal::entityTypeManager()->getStorage('block')->load($id);
    if ($block === NULL) {
      throw new RuntimeException("no block $id");
    }
    $build = \Drupal::entityTypeManager()->getViewBuilder('block')->view($block);
    $renderer = \Drupal::service('renderer');
    $html = (string) $renderer->renderInIsolation($build);
    $metadata = BubbleableMetadata::createFromRenderArray($build);
    return [
      'contexts' => array_values($metadata->getCacheContexts()),
      'tags' => array_values($metadata->getCacheTags()),
      'maxAge' => $metadata->getCacheMaxAge(),
      'libraries' => array_values($metadata->getAttachments()['library'] ?? []),
      'html' => $html,
    ];
  })($args[0] ?? ''),
  'config-get' => \Drupal::config($args[0] ?? '')->get($args[1] ?? ''),
  // Each config object against its schema (as core's config schema checker in tests): TRUE, a list
  // of errors, or FALSE when no schema covers it.
  'schema-check' => (function (array $names): array {
    $checker = new class() {
      use \Drupal\Core\Config\Schema\SchemaCheckTrait;

      public function check(string $name, array $data): array|bool {
        return $this->checkConfigSchema(\Drupal::service('config.typed'), $name, $data);
      }

    };
    $results = [];
    foreach ($names as $name) {
      $results[$name] = $checker->check($name, \Drupal::config($name)->getRawData());
    }
    return $results;
  })($args),
  // Dutch as the site's default language (no prefix), English under /en: the page language the
  // element follows. Interface translations are not imported (no translation server offline).
  'dutch-site' => (function (): bool {
    \Drupal::service('module_installer')->install(['language']);
    \Drupal\language\Entity\ConfigurableLanguage::createFromLangcode('nl')->save();
    \Drupal::configFactory()->getEditable('system.site')->set('default_langcode', 'nl')->save();
    \Drupal::configFactory()->getEditable('language.negotiation')->set('url.prefixes', ['nl' => '', 'en' => 'en'])->save();
    return TRUE;
  })(),
  default => throw new InvalidArgumentException("unknown command $command"),
};
echo json_encode($result, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
