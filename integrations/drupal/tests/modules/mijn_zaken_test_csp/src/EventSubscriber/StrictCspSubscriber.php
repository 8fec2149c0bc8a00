<?php

declare(strict_types=1);

namespace Drupal\mijn_zaken_test_csp\EventSubscriber;

use Symfony\Component\EventDispatcher\EventSubscriberInterface;
use Symfony\Component\HttpKernel\Event\ResponseEvent;
use Symfony\Component\HttpKernel\KernelEvents;

/**
 * Adds the strict policy of a DigiD portal: nothing inline, nothing from elsewhere.
 *
 * One exception, by hash and for that one value only: Olivero always writes its brand colour as
 * a style attribute on <html> (olivero_preprocess_html). That is the theme's, not the module's;
 * a site with this policy allows it the same way or uses a theme without it.
 */
final class StrictCspSubscriber implements EventSubscriberInterface {

  public const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  public static function getSubscribedEvents(): array {
    return [KernelEvents::RESPONSE => ['onResponse', -1000]];
  }

  public function onResponse(ResponseEvent $event): void {
    $response = $event->getResponse();
    $policy = self::POLICY;
    $content = $response->getContent();
    if (is_string($content) && preg_match('/<html\b[^>]*\sstyle="([^"]*)"/', $content, $match) === 1) {
      $hash = base64_encode(hash('sha256', html_entity_decode($match[1], ENT_QUOTES | ENT_HTML5), TRUE));
      $policy .= "; style-src-attr 'unsafe-hashes' 'sha256-$hash'";
    }
    $response->headers->set('Content-Security-Policy', $policy);
  }

}
