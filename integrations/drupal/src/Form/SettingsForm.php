<?php

declare(strict_types=1);

namespace Drupal\mijn_zaken\Form;

use Drupal\Core\Cache\Cache;
use Drupal\Core\Form\ConfigFormBase;
use Drupal\Core\Form\FormStateInterface;
use Drupal\mijn_zaken\ElementAttributes;

/**
 * Site-wide settings, set once by the integrator: the gateway and where the script comes from.
 */
final class SettingsForm extends ConfigFormBase {

  /**
   * {@inheritdoc}
   */
  public function getFormId(): string {
    return 'mijn_zaken_settings';
  }

  /**
   * {@inheritdoc}
   *
   * @return string[]
   */
  protected function getEditableConfigNames(): array {
    return ['mijn_zaken.settings'];
  }

  /**
   * {@inheritdoc}
   */
  public function buildForm(array $form, FormStateInterface $form_state): array {
    $config = $this->config('mijn_zaken.settings');
    $form['gateway'] = [
      '#type' => 'textfield',
      '#title' => $this->t('Gateway URL'),
      '#description' => $this->t('Base URL of the municipality\'s ZGW gateway: a path on this site (/api/zgw) or an absolute https URL. A gateway on another origin must allow this site (CORS) and needs the CSP connect-src to name it.'),
      '#default_value' => $config->get('gateway'),
      '#required' => TRUE,
      '#maxlength' => 2048,
    ];
    $form['script_url'] = [
      '#type' => 'textfield',
      '#title' => $this->t('Script URL'),
      '#description' => $this->t('Leave empty to use the mijn-zaken.js shipped with this module. Otherwise the URL of mijn-zaken.js on a CDN (the Content-Security-Policy script-src must allow it) or a path under the web root. Keep the files that come with it in the same directory.'),
      '#default_value' => $config->get('script_url'),
      '#maxlength' => 2048,
    ];
    return parent::buildForm($form, $form_state);
  }

  /**
   * {@inheritdoc}
   */
  public function validateForm(array &$form, FormStateInterface $form_state): void {
    if (ElementAttributes::gatewayError((string) $form_state->getValue('gateway')) !== NULL) {
      $form_state->setErrorByName('gateway', $this->t('Enter a path on this site that starts with / or an absolute http(s) URL without a user name or password.'));
    }
    if (ElementAttributes::scriptUrlError((string) $form_state->getValue('script_url')) !== NULL) {
      $form_state->setErrorByName('script_url', $this->t('Enter a path that starts with / or an absolute http(s) URL without a user name or password, or leave the field empty.'));
    }
    parent::validateForm($form, $form_state);
  }

  /**
   * {@inheritdoc}
   */
  public function submitForm(array &$form, FormStateInterface $form_state): void {
    $config = $this->config('mijn_zaken.settings');
    $scriptChanged = $config->get('script_url') !== trim((string) $form_state->getValue('script_url'));
    $config
      ->set('gateway', trim((string) $form_state->getValue('gateway')))
      ->set('script_url', trim((string) $form_state->getValue('script_url')))
      ->save();
    // Saving the config invalidates its cache tag (pages with the block); the library
    // definitions are cached apart from that.
    if ($scriptChanged) {
      Cache::invalidateTags(['library_info']);
    }
    parent::submitForm($form, $form_state);
  }

}
